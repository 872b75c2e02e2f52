package org.stocktake.verdicts;

import org.stocktake.assessment.Baseline;
import org.stocktake.assessment.Comparison;
import org.stocktake.assessment.Direction;
import org.stocktake.assessment.TargetKind;
import org.stocktake.assessment.TargetSpec;
import org.stocktake.plan.PlanDocument;

/** Translates a plan's target into the calculators' target specification. */
final class TargetInputs {

    private TargetInputs() {}

    static TargetSpec spec(PlanDocument plan, PlanDocument.Target t) {
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
        return new TargetSpec(
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
    }
}
