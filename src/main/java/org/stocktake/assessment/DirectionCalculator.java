package org.stocktake.assessment;

import java.util.List;
import org.stocktake.shared.LocalizedText;

/**
 * direction (进一步降低 / 稳步提高; 持续 = each year): the sign of the change since the baseline, and
 * with {@code eachYear} the sign of every step between consecutive observations. Right way (every
 * step, when asked): 基本符合预期; no change or a wrong step: 滞后; the wrong way overall: 倒退.
 * Under {@code opensdg} the Open SDG no-target measure (CAGR against 1.5% / 0.5% / 0) is used;
 * under {@code trend} the sign of the least-squares slope.
 */
final class DirectionCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        Window w = Window.frame(t, in.series(), in.asOfYear());
        int d = t.direction().sign();
        double change = w.latest().value() - w.base().value();
        java.util.OptionalDouble projected = Trend.project(w.points(), t.targetYear());
        Figures f = Figures.window(w).withRates(change / w.elapsed(), null)
                .withProjected(projected.isPresent() ? projected.getAsDouble() : null);
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
        LocalizedText way = wanted(d);
        String stepsZh = t.eachYear() ? "，" + (p.size() - 1) + "个年度变化中有" + wrongSteps + "个未" + way.zh() : "";
        String stepsEn = t.eachYear() ? ", " + wrongSteps + " of " + (p.size() - 1) + " steps did not " + way.en() : "";
        return new Verdict.Judged(c, f, Text.sentence(w,
                "要求" + way.zh() + "，" + Trajectory.fromTo(w).zh() + stepsZh + "，" + c.label().zh(),
                "Should " + way.en() + "; " + Trajectory.fromTo(w).en() + stepsEn + " — " + c.label().en()));
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
        LocalizedText s = Text.sentence(w,
                Trajectory.fromTo(w).zh() + "，按期望方向计的年均增长率为" + g + "（" + r.status().code() + "），"
                        + c.label().zh(),
                Trajectory.fromTo(w).en() + ": growth in the desired direction " + g + " a year ("
                        + r.status().code() + ") — " + c.label().en());
        return c == VerdictClass.INSUFFICIENT_DATA ? new Verdict.InsufficientData(with, s) : new Verdict.Judged(c, with, s);
    }

    private static Verdict byTrend(Window w, int d, Figures f) {
        Trend trend = Trend.linear(w.points()).orElseThrow(() -> new NoVerdict(f,
                "可用数据点不足，无法拟合趋势", "too few usable points to fit a trend"));
        double slope = d * trend.slope();
        VerdictClass c = slope > 0 ? VerdictClass.ON_TRACK : slope == 0 ? VerdictClass.LAGGING : VerdictClass.DETERIORATING;
        return new Verdict.Judged(c, f.withRates(trend.slope(), null), Text.sentence(w,
                w.points().size() + "个可用数据点的趋势为每年" + Text.num(trend.slope()) + "，" + c.label().zh(),
                "The trend of " + w.points().size() + " usable points is " + Text.num(trend.slope())
                        + " a year — " + c.label().en()));
    }

    private static LocalizedText wanted(int d) {
        return d > 0 ? new LocalizedText("提高", "rise") : new LocalizedText("降低", "fall");
    }
}
