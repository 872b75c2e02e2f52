package org.stocktake.cockpit.web;

import java.math.BigDecimal;
import org.stocktake.plan.PlanDocument;

/** A target as the targets table and the API show it, with its indicator's name resolved and its revisions (中期调整). */
record TargetRow(
        String code,
        String article,
        String title,
        String titleEn,
        String kind,
        String indicator,
        String indicatorName,
        String comparator,
        BigDecimal value,
        String unit,
        Integer baselineYear,
        BigDecimal baselineValue,
        int targetYear,
        String attribute,
        String scope,
        String quote,
        VerdictView verdict,
        java.util.List<PlanDocument.Revision> revisions) {

    static TargetRow of(PlanDocument.Target t, String indicatorName, VerdictView verdict) {
        PlanDocument.Baseline b = t.baseline();
        return new TargetRow(
                t.code(),
                t.article(),
                t.title().zh(),
                t.title().en(),
                t.kind().code(),
                t.indicator(),
                indicatorName,
                t.comparator() == null ? null : t.comparator().code(),
                t.value(),
                t.unit(),
                b == null ? null : b.year(),
                b == null ? null : b.value(),
                t.targetYear(),
                t.attribute() == null ? null : t.attribute().code(),
                t.scope(),
                t.quote(),
                verdict,
                t.revisions());
    }

    boolean quantitative() {
        return value != null;
    }
}
