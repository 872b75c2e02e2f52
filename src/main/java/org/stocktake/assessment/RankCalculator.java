package org.stocktake.assessment;

/**
 * rank (位居前列): the series holds the rank among peers each year (1 = best); the target is a rank
 * of k or better by the target year, judged like a level target where lower is better.
 */
final class RankCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        Window w = Window.frame(t, in.series(), in.asOfYear());
        double k = t.rankThreshold();
        double schedule = Goal.linearSchedule(w.base().year(), w.latest().year(), t.targetYear());
        double actual = (w.latest().value() - w.base().value()) / w.elapsed();
        double required = (k - w.base().value()) / (t.targetYear() - w.base().year());
        Goal goal = new Goal(w, k, t.targetYear(), -1, schedule, actual, required, Goal.Path.LEVEL);
        return Trajectory.judge(goal, in.method(), in.settings());
    }
}
