package org.stocktake.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Open SDG / Statistics Canada progress measure, as published in open-sdg
 * {@code docs/progress-methodology.md} and computed by sdg-build 2.4.0. Written from the published
 * description; the rules, in the order they apply:
 *
 * <ol>
 *   <li>current = the latest year; base = the configured base year, or the first later year with data;</li>
 *   <li>a target of 0 is replaced by 0.001, then "target achieved" = current on the right side of it;</li>
 *   <li>sign = −1 when the base value is negative; a base value of 0 is then replaced by 0.001;</li>
 *   <li>no value when base and current differ in sign or are less than a year apart;</li>
 *   <li>with a target: R = sign·d·CAGR(base→current) / |CAGR(base→target)|, thresholds 0.95 / 0.6 / 0;</li>
 *   <li>without: sign·d·CAGR, thresholds 1.5% / 0.5% / 0, all scaled by C when a limit is given,
 *       C = 1 − (y₀/lim)^4.44 (y₀ ≤ lim), 1 − ((2lim − y₀)/lim)^4.44 (lim &lt; y₀ &lt; 2lim), 1 otherwise
 *       (absolute values);</li>
 *   <li>scores −5…5 by the published piecewise-linear maps (target achieved = 5), and the status.</li>
 * </ol>
 * Thresholds may be overridden as sdg-build's {@code progress_thresholds} do: each one given
 * replaces its default, the others stay, and without a target a limit scales them all; the score
 * maps keep their published slopes, as in sdg-build, and the score is kept within −5…5.
 *
 * <p>Only finite numbers come out. When the base value equals the target the required growth is
 * 0 and the ratio has no finite value (sdg-build then computes ±∞ or 0/0): the progress value is
 * left out, and the status and score are those of the ratio's limit, as sdg-build's are — moving
 * away from a target met at the base is a deterioration with score −5, staying on it or going
 * beyond it is target achieved with 5. The same holds for growth too large for a double. When the
 * base year used is the target year or later, no growth towards the target can be required: the
 * series is target achieved or not available. Growth is computed through logarithms when the
 * ratio of the values would overflow or vanish. Without data (or none from the base year on) the
 * configured base year is reported, as sdg-build does.
 */
public final class OpenSdgProgress {

    static final double ZERO_REPLACEMENT = 0.001;
    private static final double LIMIT_EXPONENT = 4.44;

    /** The statuses sdg-build writes, with its codes. */
    public enum Status {
        TARGET_ACHIEVED,
        SUBSTANTIAL_PROGRESS,
        MODERATE_PROGRESS,
        LIMITED_PROGRESS,
        DETERIORATION,
        NOT_AVAILABLE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One series' configuration; {@code target} and {@code limit} may be null, {@code thresholds}
     * overrides sdg-build's defaults (null: the defaults).
     */
    public record Config(
            Direction direction, int baseYear, int targetYear, Double target, Double limit, Thresholds thresholds) {
        public static final int DEFAULT_BASE_YEAR = 2015;
        public static final int DEFAULT_TARGET_YEAR = 2030;
        /** sdg-build's default direction when none is configured. */
        public static final Direction DEFAULT_DIRECTION = Direction.NEGATIVE;

        public Config(Direction direction, int baseYear, int targetYear, Double target, Double limit) {
            this(direction, baseYear, targetYear, target, limit, null);
        }
    }

    /**
     * Progress thresholds as sdg-build's {@code progress_thresholds}: a null entry keeps the default
     * (0.95 / 0.6 / 0 for the ratio to a target; 0.015 / 0.005 / 0 for growth without one).
     */
    public record Thresholds(Double high, Double med, Double low) {
        public static final Thresholds DEFAULTS = new Thresholds(null, null, null);

        /** high, med and low with the defaults filled in, for a series with or without a target. */
        public double[] resolved(boolean withTarget) {
            double[] defaults = withTarget ? new double[] {0.95, 0.6, 0} : new double[] {0.015, 0.005, 0};
            return new double[] {
                high == null ? defaults[0] : high, med == null ? defaults[1] : med, low == null ? defaults[2] : low
            };
        }

        /** True when the resolved values are finite and ordered high ≥ med ≥ low. */
        public boolean ordered(boolean withTarget) {
            double[] t = resolved(withTarget);
            return Double.isFinite(t[0])
                    && Double.isFinite(t[1])
                    && Double.isFinite(t[2])
                    && t[0] >= t[1]
                    && t[1] >= t[2];
        }
    }

    /** What was used and what came out; null where the method gives nothing. */
    public record Result(
            Integer baseYear,
            Double baseValue,
            Integer currentYear,
            Double currentValue,
            Double progressValue,
            Double score,
            Status status) {}

    /** An indicator's score (mean of its series' scores) and status; score null when no series has one. */
    public record IndicatorResult(Double score, Status status) {}

    private record Applied(double high, double med, double low, double coefficient) {}

    private OpenSdgProgress() {}

    public static Result measure(Config config, List<Point> points) {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingInt(Point::year));
        if (sorted.isEmpty()) {
            return new Result(config.baseYear(), null, null, null, null, null, Status.NOT_AVAILABLE);
        }
        Point current = sorted.get(sorted.size() - 1);
        Point base = sorted.stream()
                .filter(p -> p.year() >= config.baseYear())
                .findFirst()
                .orElse(null);
        if (base == null) {
            return new Result(
                    config.baseYear(), null, current.year(), current.value(), null, null, Status.NOT_AVAILABLE);
        }
        Double target = config.target();
        if (target != null && target == 0) {
            target = ZERO_REPLACEMENT;
        }
        int d = config.direction().sign();
        double y = current.value();
        boolean achieved = target != null && ((d == -1 && y <= target) || (d == 1 && y >= target));
        int sign = base.value() < 0 ? -1 : 1;
        Thresholds overrides = config.thresholds() == null ? Thresholds.DEFAULTS : config.thresholds();
        Applied thresholds = thresholds(overrides, target == null, base.value(), config.limit());
        double b = base.value() == 0 ? ZERO_REPLACEMENT : base.value();
        // the value may be ±∞ here (no finite ratio): status and score take its limit, it is never reported
        Double value = progressValue(sign * d, b, base.year(), current, target, config.targetYear());
        Status status = status(value, thresholds, achieved);
        Double score = achieved ? Double.valueOf(5) : score(value, thresholds, target == null);
        return new Result(base.year(), b, current.year(), y, finiteOrNull(value), score, status);
    }

    /**
     * The indicator from its series: the mean of the scores that exist; target achieved only when
     * every scored series achieved its target, otherwise the status of the mean score (2.5 / 0 / −2.5).
     * Nested series groups are not handled here.
     */
    public static IndicatorResult indicator(List<Result> series) {
        List<Result> scored = series.stream().filter(r -> r.score() != null).toList();
        if (scored.isEmpty()) {
            return new IndicatorResult(null, Status.NOT_AVAILABLE);
        }
        double sum = 0;
        for (Result r : scored) {
            sum += r.score();
        }
        double mean = sum / scored.size();
        if (scored.stream().allMatch(r -> r.status() == Status.TARGET_ACHIEVED)) {
            return new IndicatorResult(mean, Status.TARGET_ACHIEVED);
        }
        Status status = mean >= 2.5
                ? Status.SUBSTANTIAL_PROGRESS
                : mean >= 0 ? Status.MODERATE_PROGRESS : mean >= -2.5 ? Status.LIMITED_PROGRESS : Status.DETERIORATION;
        return new IndicatorResult(mean, status);
    }

    private static Double progressValue(
            int signTimesDirection, double b, int baseYear, Point current, Double target, int targetYear) {
        double y = current.value();
        if ((b > 0 && y < 0) || (b < 0 && y > 0)) {
            return null;
        }
        if (current.year() - baseYear < 1) {
            return null;
        }
        double observed = growth(y, b, current.year(), baseYear);
        if (target == null) {
            return signTimesDirection * observed;
        }
        if (targetYear <= baseYear) {
            return null; // the base is at or after the target year: no growth towards the target is required
        }
        double required = growth(target, b, targetYear, baseYear);
        return signTimesDirection * observed / Math.abs(required);
    }

    /**
     * Compound annual growth rate from (t0, v0) to (t1, v1), for values of the same sign. Through
     * logarithms when the ratio of the values overflows or vanishes, so finite inputs give a finite
     * result unless the growth itself is beyond the range of a double (then +∞).
     */
    static double growth(double v1, double v0, int t1, int t0) {
        double ratio = v1 / v0;
        if (v1 != 0 && (v1 > 0) == (v0 > 0) && (ratio == 0 || Double.isInfinite(ratio))) {
            return Math.expm1((Math.log(Math.abs(v1)) - Math.log(Math.abs(v0))) / (t1 - t0));
        }
        return Math.pow(ratio, 1.0 / (t1 - t0)) - 1;
    }

    private static Applied thresholds(Thresholds overrides, boolean noTarget, double baseValue, Double limit) {
        double[] t = overrides.resolved(!noTarget);
        if (!noTarget) {
            return new Applied(t[0], t[1], t[2], 1);
        }
        double c = 1;
        if (limit != null) {
            double y0 = Math.abs(baseValue);
            double lim = Math.abs(limit);
            if (y0 >= 2 * lim) {
                c = 1;
            } else if (y0 <= lim) {
                c = 1 - Math.pow(y0 / lim, LIMIT_EXPONENT);
            } else {
                c = 1 - Math.pow((2 * lim - y0) / lim, LIMIT_EXPONENT);
            }
        }
        return new Applied(t[0] * c, t[1] * c, t[2] * c, c);
    }

    private static Status status(Double value, Applied t, boolean achieved) {
        if (achieved) {
            return Status.TARGET_ACHIEVED;
        }
        if (value == null || Double.isNaN(value)) {
            return Status.NOT_AVAILABLE;
        }
        if (value >= t.high()) {
            return Status.SUBSTANTIAL_PROGRESS;
        }
        if (value >= t.med()) {
            return Status.MODERATE_PROGRESS;
        }
        return value >= t.low() ? Status.LIMITED_PROGRESS : Status.DETERIORATION;
    }

    /**
     * The published score maps. They were drawn for the default thresholds; with other thresholds
     * sdg-build's can leave −5…5 (e.g. 250·P − 1.25 above 2.5), so the score is kept within it.
     */
    private static Double score(Double value, Applied t, boolean noTarget) {
        if (value == null || Double.isNaN(value)) {
            return null;
        }
        return Math.max(-5, Math.min(5, mappedScore(value, t, noTarget)));
    }

    private static double mappedScore(double v, Applied t, boolean noTarget) {
        if (noTarget) {
            double c = t.coefficient();
            if (v < t.low()) {
                return Math.max(125 * v - 2.5, -5);
            }
            if (c == 0) {
                return 5.0;
            }
            if (v >= t.high()) {
                return Math.min(500 * v / c - 5, 5);
            }
            return v >= t.med() ? 250 * v / c - 1.25 : 500 * v / c - 2.5;
        }
        // The published map uses these rounded slopes and intercepts (1/0.14 and 0.6/0.14; 2.5/0.6).
        if (v >= t.med()) {
            return Math.min(7.1429 * v - 4.2857, 5);
        }
        return Math.max(4.1667 * v - 2.5, -5);
    }

    private static Double finiteOrNull(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }
}
