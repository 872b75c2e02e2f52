package org.stocktake.assessment;

/**
 * level (达到 / 提高到): progress since the baseline against the straight path to the target; the
 * rates are the average yearly change so far and the one the straight path needs.
 */
final class LevelCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        Window w = Window.frame(t, in.series(), in.asOfYear());
        double target = t.value();
        int sign = t.desiredSign(w.base().value(), target);
        double schedule = Goal.linearSchedule(w.base().year(), w.latest().year(), t.targetYear());
        double actual = (w.latest().value() - w.base().value()) / w.elapsed();
        double required =
                (target - w.base().value()) / (t.targetYear() - w.base().year());
        Goal goal = new Goal(w, target, t.targetYear(), sign, schedule, actual, required, false);
        return Trajectory.judge(goal, in.method(), in.settings());
    }
}
