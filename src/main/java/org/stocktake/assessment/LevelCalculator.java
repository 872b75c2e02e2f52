package org.stocktake.assessment;

import java.util.List;
import java.util.Optional;

/**
 * level (达到 / 提高到): progress since the baseline against the straight path to the target; the
 * rates are the average yearly change so far and the one the straight path needs. On the target
 * year's value the verdict is final, and needs no baseline: the value meets the target or not.
 */
final class LevelCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        Window w;
        try {
            w = Window.frame(t, in.series(), in.asOfYear());
        } catch (NoVerdict missing) {
            Optional<Point> end = in.asOfYear() >= t.targetYear() ? in.series().at(t.targetYear()) : Optional.empty();
            if (end.isEmpty()) {
                return metWithoutBase(t, in).orElseThrow(() -> missing);
            }
            Integer cut =
                    in.series().breakBetween(t.baselineYear(), t.targetYear()).orElse(null);
            return Trajectory.closingWithoutBase(t, end.get(), cut, t.value());
        }
        double target = t.value();
        int sign = t.desiredSign(w.base().value(), target);
        double schedule = Goal.linearSchedule(w.base().year(), w.latest().year(), t.targetYear());
        double actual = (w.latest().value() - w.base().value()) / w.elapsed();
        double required =
                (target - w.base().value()) / (t.targetYear() - w.base().year());
        Goal goal = new Goal(w, target, t.targetYear(), sign, schedule, actual, required, Goal.Path.LEVEL);
        return Trajectory.judge(goal, in.method(), in.settings());
    }

    /**
     * Without a baseline no progress can be measured, but a latest value on the baseline's caliber
     * that already meets an at-least or at-most target says all there is to say: achieved early.
     */
    private static Optional<Verdict> metWithoutBase(TargetSpec t, VerdictInput in) {
        List<Point> seen = in.series().upTo(Math.min(in.asOfYear(), t.targetYear()));
        if (seen.isEmpty() || t.comparison() == null || t.comparison() == Comparison.EQUAL) {
            return Optional.empty();
        }
        Point latest = seen.get(seen.size() - 1);
        boolean met = t.comparison() == Comparison.AT_MOST ? latest.value() <= t.value() : latest.value() >= t.value();
        boolean comparable =
                in.series().breakBetween(t.baselineYear(), latest.year()).isEmpty();
        return met && comparable ? Optional.of(Trajectory.metWithoutBase(t, latest)) : Optional.empty();
    }
}
