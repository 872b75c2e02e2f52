package org.stocktake.verdicts;

import java.util.List;
import org.stocktake.assessment.Baseline;
import org.stocktake.assessment.Comparison;
import org.stocktake.assessment.Direction;
import org.stocktake.assessment.Revision;
import org.stocktake.assessment.TargetKind;
import org.stocktake.assessment.TargetSpec;
import org.stocktake.plan.PlanDocument;

/** Translates a plan's target into the calculators' target specification: kind, values, unit, revisions, baseline. */
final class TargetInputs {

    private TargetInputs() {}

    /** The target as the calculators need it; {@code unit}: its indicator's unit, may be null. */
    static TargetSpec spec(PlanDocument plan, PlanDocument.Target t, String unit) {
        PlanDocument.Baseline b = t.baseline();
        Baseline baseline = Baseline.of(
                b == null ? null : b.year(),
                b == null || b.value() == null ? null : b.value().doubleValue(),
                plan.startYear());
        int baselineYear = baseline.year();
        Double baselineValue = baseline.stated();
        TargetKind kind = TargetKind.valueOf(t.kind().name());
        Comparison comparison = t.comparator() == null
                ? null
                : Comparison.valueOf(t.comparator().name());
        Direction direction = t.direction() == null
                ? null
                : t.direction() == org.stocktake.plan.Direction.INCREASE ? Direction.POSITIVE : Direction.NEGATIVE;
        Double tolerance = t.tolerance() != null
                ? Double.valueOf(t.tolerance().doubleValue())
                : kind == TargetKind.PARITY ? Double.valueOf(0.5) : null;
        Integer rank = t.rankWithin() != null ? t.rankWithin() : kind == TargetKind.RANK ? Integer.valueOf(10) : null;
        int targetYear = Math.max(t.targetYear(), baselineYear);
        TargetSpec spec = new TargetSpec(
                kind,
                comparison,
                t.value() == null ? null : t.value().doubleValue(),
                baselineYear,
                baselineValue,
                targetYear,
                direction,
                Boolean.TRUE.equals(t.eachYear()),
                tolerance,
                rank);
        List<Revision> revisions = t.revisions().stream()
                .map(r -> new Revision(r.caliber(), r.value().doubleValue(), r.document()))
                .toList();
        return spec.with(
                unit != null && !unit.isBlank() ? unit : levelUnit(t), revisions, b == null ? null : b.source());
    }

    /** Without the indicator's unit: the target's own, when it is the unit of a level (not of a rate). */
    private static String levelUnit(PlanDocument.Target t) {
        return t.kind() == org.stocktake.plan.TargetKind.ANNUAL_GROWTH
                        || t.kind() == org.stocktake.plan.TargetKind.ANNUAL_INCREMENT
                ? null
                : t.unit();
    }
}
