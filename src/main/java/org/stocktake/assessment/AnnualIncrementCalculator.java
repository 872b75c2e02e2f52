package org.stocktake.assessment;

/**
 * annual_increment (年均提高 X 个百分点): the average yearly change since the baseline against X. The
 * committed path is base + X per year; the schedule is its time-proportional share.
 */
final class AnnualIncrementCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        Window w = Window.frame(t, in.series(), in.asOfYear());
        double x = t.value();
        int years = t.targetYear() - w.base().year();
        double target = w.base().value() + x * years;
        double actual = (w.latest().value() - w.base().value()) / w.elapsed();
        int sign = t.comparison() == Comparison.AT_MOST ? -1 : 1;
        double schedule = Goal.linearSchedule(w.base().year(), w.latest().year(), t.targetYear());
        Goal goal = new Goal(w, target, t.targetYear(), sign, schedule, actual, x, Goal.Path.INCREMENT);
        return Trajectory.judge(goal, in.method(), in.settings());
    }
}
