package org.stocktake.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A target as the calculators need it, in the units of the target grammar.
 *
 * <ul>
 *   <li>{@code value}: the level to reach (level, maintain, floor, ceiling); the yearly growth in
 *       percent, 12 for 12% (annual_growth); the yearly change in the indicator's unit, 1 for one
 *       percentage point (annual_increment); unused for direction, parity, rank, qualitative.</li>
 *   <li>{@code baselineValue}: may be null, then the series' value in {@code baselineYear} is used.</li>
 *   <li>{@code direction}: required for direction; otherwise derived from the comparison
 *       (at_least → positive, at_most → negative, equal → towards the target).</li>
 *   <li>{@code eachYear}: 持续 — direction must hold for every step, not only overall.</li>
 *   <li>{@code tolerance}: parity, in percentage points of yearly growth (0.5 = half a point).</li>
 *   <li>{@code rankThreshold}: rank, the k of "rank ≤ k" (rank 1 = best).</li>
 *   <li>{@code unit}: the indicator's unit ({@code %}, {@code 亿元}), shown after every value; may be null.</li>
 *   <li>{@code revisions}: the target re-set for a new caliber (中期调整), oldest first; never null.</li>
 *   <li>{@code baselineSource}: the document a stated {@code baselineValue} comes from; may be null.</li>
 * </ul>
 */
public record TargetSpec(
        TargetKind kind,
        Comparison comparison,
        Double value,
        int baselineYear,
        Double baselineValue,
        int targetYear,
        Direction direction,
        boolean eachYear,
        Double tolerance,
        Integer rankThreshold,
        String unit,
        List<Revision> revisions,
        String baselineSource) {

    public TargetSpec {
        Objects.requireNonNull(kind, "kind");
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        if (targetYear < baselineYear) {
            throw new IllegalArgumentException("target year " + targetYear + " before baseline year " + baselineYear);
        }
        switch (kind) {
            case LEVEL, ANNUAL_GROWTH, ANNUAL_INCREMENT, MAINTAIN, FLOOR, CEILING -> require(value != null, "value");
            case DIRECTION -> require(direction != null, "direction");
            case PARITY -> require(tolerance != null && tolerance >= 0, "tolerance ≥ 0");
            case RANK -> require(rankThreshold != null && rankThreshold >= 1, "rankThreshold ≥ 1");
            case QUALITATIVE -> {}
        }
        if (kind != TargetKind.QUALITATIVE
                && kind != TargetKind.MAINTAIN
                && kind != TargetKind.FLOOR
                && kind != TargetKind.CEILING
                && targetYear == baselineYear) {
            throw new IllegalArgumentException(kind.code() + " needs a target year after the baseline year");
        }
    }

    /** A target without unit, revisions or baseline source. */
    public TargetSpec(
            TargetKind kind,
            Comparison comparison,
            Double value,
            int baselineYear,
            Double baselineValue,
            int targetYear,
            Direction direction,
            boolean eachYear,
            Double tolerance,
            Integer rankThreshold) {
        this(
                kind,
                comparison,
                value,
                baselineYear,
                baselineValue,
                targetYear,
                direction,
                eachYear,
                tolerance,
                rankThreshold,
                null,
                List.of(),
                null);
    }

    /** The same target with its unit, revisions and the source of its stated baseline. */
    public TargetSpec with(String newUnit, List<Revision> newRevisions, String newBaselineSource) {
        return new TargetSpec(
                kind,
                comparison,
                value,
                baselineYear,
                baselineValue,
                targetYear,
                direction,
                eachYear,
                tolerance,
                rankThreshold,
                newUnit,
                newRevisions,
                newBaselineSource);
    }

    /** The same target judged against another value (the one in force for a caliber). */
    TargetSpec withValue(double newValue) {
        return new TargetSpec(
                kind,
                comparison,
                newValue,
                baselineYear,
                baselineValue,
                targetYear,
                direction,
                eachYear,
                tolerance,
                rankThreshold,
                unit,
                revisions,
                baselineSource);
    }

    /** Kinds whose value is a level on the indicator's caliber, which a series break makes incomparable. */
    boolean valueOnCaliber() {
        return kind == TargetKind.LEVEL
                || kind == TargetKind.MAINTAIN
                || kind == TargetKind.FLOOR
                || kind == TargetKind.CEILING;
    }

    /** The revision that sets the target for the data of the caliber starting in {@code breakYear}. */
    Optional<Revision> revisionFor(int breakYear) {
        return revisions.stream().filter(r -> r.caliberFrom() == breakYear).reduce((a, b) -> b);
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("missing or bad " + what);
        }
    }

    /** A level target: reach {@code value} by {@code targetYear}. */
    public static TargetSpec level(
            Comparison comparison, double value, int baselineYear, Double baselineValue, int targetYear) {
        return new TargetSpec(
                TargetKind.LEVEL, comparison, value, baselineYear, baselineValue, targetYear, null, false, null, null);
    }

    /** A target of another kind with only the fields every kind has; use the canonical constructor for the rest. */
    public static TargetSpec of(
            TargetKind kind, Comparison comparison, Double value, int baselineYear, int targetYear) {
        return new TargetSpec(kind, comparison, value, baselineYear, null, targetYear, null, false, null, null);
    }

    /** +1 when higher is better, −1 when lower is better, 0 when the base already sits on the target. */
    int desiredSign(double base, double target) {
        if (direction != null) {
            return direction.sign();
        }
        if (comparison == Comparison.AT_LEAST) {
            return 1;
        }
        if (comparison == Comparison.AT_MOST) {
            return -1;
        }
        return (int) Math.signum(target - base);
    }
}
