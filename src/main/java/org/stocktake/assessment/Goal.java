package org.stocktake.assessment;

/**
 * A target with a path, reduced to what the three methods need: the window, the value to reach by
 * the target year, the desired sign (+1 higher is better, −1 lower is better, 0 already on the
 * target), the share of the path expected by the latest year, the actual and required yearly rates
 * (null when the kind has none) and the kind of path: a level, compound growth (the trend is fitted
 * as constant growth, rates are growth rates) or a yearly increment.
 */
record Goal(
        Window window,
        double target,
        int targetYear,
        int sign,
        double schedule,
        Double actualRate,
        Double requiredRate,
        Path path) {

    /** What the target commits to: a level (also a rank), compound growth, or a yearly increment. */
    enum Path {
        LEVEL,
        GROWTH,
        INCREMENT
    }

    boolean compound() {
        return path == Path.GROWTH;
    }

    boolean baseMet() {
        return sign == 0 || sign * (window.base().value() - target) >= 0;
    }

    boolean meets(double value) {
        return sign == 0 ? value == target : sign * (value - target) >= 0;
    }

    /** The latest value is the target year's: the verdict is final (已实现 / 未实现). */
    boolean isFinal() {
        return window.latest().year() >= targetYear;
    }

    /** Completion share of the way from the base to the target; NaN when the base already meets it. */
    double progressOf(double value) {
        return baseMet()
                ? Double.NaN
                : (value - window.base().value()) / (target - window.base().value());
    }

    /** 提前实现 before the target year; on the target year's value, 已实现. */
    VerdictClass metClass() {
        return isFinal() ? VerdictClass.ACHIEVED : VerdictClass.ACHIEVED_EARLY;
    }

    /** The time-proportional share of a straight path, clamped to [0, 1]. */
    static double linearSchedule(int baseYear, int latestYear, int targetYear) {
        double s = (double) (latestYear - baseYear) / (targetYear - baseYear);
        return Math.max(0, Math.min(1, s));
    }
}
