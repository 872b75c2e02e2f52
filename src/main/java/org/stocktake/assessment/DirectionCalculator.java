package org.stocktake.assessment;

import java.util.List;
import org.stocktake.shared.LocalizedText;

/**
 * direction (进一步降低 / 稳步提高; 持续 = each year): the sign of the change since the baseline, and
 * with {@code eachYear} the sign of every step between consecutive observations. Right way (every
 * step, when asked): 基本符合预期; no change or a wrong step: 滞后; the wrong way overall: 倒退.
 * Under {@code opensdg} the Open SDG no-target measure (CAGR against 1.5% / 0.5% / 0) is used;
 * under {@code trend} the sign of the least-squares slope (three points or more). On the target
 * year's value, whatever the method, the change since the baseline: 已实现 or 未实现.
 */
final class DirectionCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        Window w = Window.frame(t, in.series(), in.asOfYear());
        int d = t.direction().sign();
        double change = w.latest().value() - w.base().value();
        java.util.OptionalDouble projected = w.points().size() < Trajectory.MIN_TREND_POINTS
                ? java.util.OptionalDouble.empty()
                : Trend.project(w.points(), t.targetYear());
        Figures f = Figures.window(w)
                .withRates(change / w.elapsed(), null)
                .withProjected(projected.isPresent() ? projected.getAsDouble() : null);
        if (w.latest().year() >= t.targetYear()) {
            return bySteps(t, w, d, change, f);
        }
        return switch (in.method()) {
            case SCHEDULE -> bySteps(t, w, d, change, f);
            case OPENSDG -> byOpenSdg(t, w, f);
            case TREND -> byTrend(w, d, f);
        };
    }

    private static Verdict bySteps(TargetSpec t, Window w, int d, double change, Figures f) {
        List<Point> p = w.points();
        long wrongSteps = 0;
        for (int i = 1; i < p.size(); i++) {
            if (d * (p.get(i).value() - p.get(i - 1).value()) <= 0) {
                wrongSteps++;
            }
        }
        VerdictClass c;
        if (d * change < 0) {
            c = VerdictClass.DETERIORATING;
        } else if (d * change == 0 || (t.eachYear() && wrongSteps > 0)) {
            c = VerdictClass.LAGGING;
        } else {
            c = VerdictClass.ON_TRACK;
        }
        if (w.latest().year() >= t.targetYear()) {
            c = c.atTargetYear();
        }
        LocalizedText way = wanted(d);
        Object steps =
                t.eachYear() ? LocalizedText.of("assessment.direction.steps", p.size() - 1, wrongSteps, way) : "";
        return new Verdict.Judged(
                c, f, Text.sentence(w, "assessment.direction", way, Trajectory.fromTo(w), steps, c.label()));
    }

    private static Verdict byOpenSdg(TargetSpec t, Window w, Figures f) {
        var config = new OpenSdgProgress.Config(t.direction(), w.base().year(), t.targetYear(), null, null);
        OpenSdgProgress.Result r = OpenSdgProgress.measure(config, w.points());
        Figures with = f.withOpenSdg(r.progressValue(), r.score(), r.status().code());
        VerdictClass c = switch (r.status()) {
            case SUBSTANTIAL_PROGRESS, TARGET_ACHIEVED -> VerdictClass.ON_TRACK;
            case MODERATE_PROGRESS, LIMITED_PROGRESS -> VerdictClass.LAGGING;
            case DETERIORATION -> VerdictClass.DETERIORATING;
            case NOT_AVAILABLE -> VerdictClass.INSUFFICIENT_DATA;
        };
        String g = r.progressValue() == null ? "—" : Text.pct(r.progressValue());
        LocalizedText s = Text.sentence(
                w,
                "assessment.direction.opensdg",
                Trajectory.fromTo(w),
                g,
                r.status().code(),
                c.label());
        return c == VerdictClass.INSUFFICIENT_DATA
                ? new Verdict.InsufficientData(with, s)
                : new Verdict.Judged(c, with, s);
    }

    private static Verdict byTrend(Window w, int d, Figures f) {
        if (w.points().size() < Trajectory.MIN_TREND_POINTS) {
            throw new NoVerdict(f, "assessment.few-points", w.points().size(), Trajectory.MIN_TREND_POINTS);
        }
        Trend trend = Trend.linear(w.points())
                .orElseThrow(() ->
                        new NoVerdict(f, "assessment.few-points", w.points().size(), Trajectory.MIN_TREND_POINTS));
        double slope = d * trend.slope();
        VerdictClass c =
                slope > 0 ? VerdictClass.ON_TRACK : slope == 0 ? VerdictClass.LAGGING : VerdictClass.DETERIORATING;
        return new Verdict.Judged(
                c,
                f.withRates(trend.slope(), null),
                Text.sentence(w, "assessment.direction.trend", w.points().size(), Text.num(trend.slope()), c.label()));
    }

    private static LocalizedText wanted(int d) {
        return LocalizedText.of(d > 0 ? "assessment.direction.rise" : "assessment.direction.fall");
    }
}
