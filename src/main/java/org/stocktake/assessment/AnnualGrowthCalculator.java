package org.stocktake.assessment;

/**
 * annual_growth (年均增长 X% 以上): compound annual growth since the baseline against X%. The
 * committed path is base·(1 + X)^years, so the schedule is the share of that compound path due by
 * the latest year, ((1+X)^n − 1)/((1+X)^N − 1), not the share of time. Growth needs positive values.
 * When the base-year level is not known, the growth is chained from the yearly growth rates in the
 * input's {@code reference} series (percent, 14.5 for 14.5%), when it has them from the year after
 * the baseline on.
 */
final class AnnualGrowthCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        Window w;
        try {
            w = Window.frame(t, in.series(), in.asOfYear());
        } catch (NoVerdict missing) {
            if (in.reference() == null) {
                throw missing;
            }
            w = Window.chained(t, in.reference(), in.asOfYear()).orElseThrow(() -> missing);
        }
        if (w.base().value() <= 0 || w.latest().value() <= 0) {
            throw new NoVerdict(Figures.window(w), "assessment.growth.non-positive");
        }
        double x = t.value() / 100;
        int total = t.targetYear() - w.base().year();
        int elapsed = Math.min(w.elapsed(), total);
        double target = w.base().value() * Math.pow(1 + x, total);
        double actual = OpenSdgProgress.growth(
                w.latest().value(),
                w.base().value(),
                w.latest().year(),
                w.base().year());
        double schedule =
                x == 0 ? (double) elapsed / total : (Math.pow(1 + x, elapsed) - 1) / (Math.pow(1 + x, total) - 1);
        int sign = t.comparison() == Comparison.AT_MOST ? -1 : 1;
        Goal goal = new Goal(w, target, t.targetYear(), sign, schedule, actual, x, Goal.Path.GROWTH);
        return Trajectory.judge(goal, in.method(), in.settings());
    }
}
