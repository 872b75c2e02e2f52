package org.stocktake.assessment;

import java.util.OptionalDouble;
import org.stocktake.shared.LocalizedText;

/** Judges a {@link Goal} by the chosen method: schedule, Open SDG or trend. Shared by the path kinds. */
final class Trajectory {

    private Trajectory() {}

    static Verdict judge(Goal g, Method method, Settings settings) {
        OptionalDouble trend = g.compound()
                ? Trend.projectGrowth(g.window().points(), g.targetYear())
                : Trend.project(g.window().points(), g.targetYear());
        Figures f = Figures.window(g.window())
                .withRates(g.actualRate(), g.requiredRate())
                .withProjected(trend.isPresent() ? trend.getAsDouble() : null);
        return switch (method) {
            case SCHEDULE -> schedule(g, f, settings.margin());
            case OPENSDG -> openSdg(g, f);
            case TREND -> trend(g, f, trend);
        };
    }

    /** Rounding slack so that a progress exactly on a class boundary, worked by hand, lands as written. */
    private static final double SLACK = 1e-9;

    /** Completion progress against the schedule, with the margin on either side (boundaries inclusive). */
    static VerdictClass classify(double progress, double schedule, double margin) {
        if (progress < -SLACK) {
            return VerdictClass.DETERIORATING;
        }
        if (progress >= schedule + margin - SLACK) {
            return VerdictClass.AHEAD;
        }
        return progress >= schedule - margin - SLACK ? VerdictClass.ON_TRACK : VerdictClass.LAGGING;
    }

    private static Verdict schedule(Goal g, Figures f, double margin) {
        Window w = g.window();
        double latest = w.latest().value();
        LocalizedText from = fromTo(w);
        if (g.baseMet()) {
            return baseMet(g, f, from);
        }
        double p = g.progressOf(latest);
        VerdictClass c = g.meets(latest) ? g.metClass() : classify(p, g.schedule(), margin);
        return new Verdict.Judged(
                c,
                f.withPath(p, g.schedule()),
                Text.sentence(
                        w,
                        "assessment.progress",
                        from,
                        Text.num(g.target()),
                        Text.pct(p),
                        Text.pct(g.schedule()),
                        c.label()));
    }

    private static Verdict baseMet(Goal g, Figures f, LocalizedText from) {
        Window w = g.window();
        if (g.meets(w.latest().value())) {
            VerdictClass c = g.metClass();
            return new Verdict.Judged(
                    c, f, Text.sentence(w, "assessment.base-met.still", Text.num(g.target()), from, c.label()));
        }
        return new Verdict.Judged(
                VerdictClass.DETERIORATING,
                f,
                Text.sentence(w, "assessment.base-met.lost", Text.num(g.target()), from));
    }

    private static Verdict openSdg(Goal g, Figures f) {
        Window w = g.window();
        Direction d = g.sign() < 0 ? Direction.NEGATIVE : Direction.POSITIVE;
        var config = new OpenSdgProgress.Config(d, w.base().year(), g.targetYear(), g.target(), null);
        OpenSdgProgress.Result r = OpenSdgProgress.measure(config, w.points());
        Figures with = f.withOpenSdg(r.progressValue(), r.score(), r.status().code());
        VerdictClass c = switch (r.status()) {
            case TARGET_ACHIEVED -> g.metClass();
            case SUBSTANTIAL_PROGRESS -> VerdictClass.ON_TRACK;
            case MODERATE_PROGRESS, LIMITED_PROGRESS -> VerdictClass.LAGGING;
            case DETERIORATION -> VerdictClass.DETERIORATING;
            case NOT_AVAILABLE -> VerdictClass.INSUFFICIENT_DATA;
        };
        String ratio = r.progressValue() == null ? "—" : Text.num(r.progressValue());
        String score = r.score() == null ? "—" : Text.num(r.score());
        LocalizedText s = Text.sentence(
                w, "assessment.opensdg", fromTo(w), ratio, score, r.status().code(), c.label());
        return c == VerdictClass.INSUFFICIENT_DATA
                ? new Verdict.InsufficientData(with, s)
                : new Verdict.Judged(c, with, s);
    }

    private static Verdict trend(Goal g, Figures f, OptionalDouble projected) {
        Window w = g.window();
        if (projected.isEmpty()) {
            throw new NoVerdict(f, "assessment.few-points");
        }
        double v = projected.getAsDouble();
        double base = w.base().value();
        VerdictClass c;
        if (g.meets(w.latest().value())) {
            c = g.metClass();
        } else if (g.meets(v)) {
            c = VerdictClass.ON_TRACK;
        } else {
            c = g.sign() * (v - base) < 0 ? VerdictClass.DETERIORATING : VerdictClass.LAGGING;
        }
        Double share = g.baseMet() ? null : g.progressOf(v);
        return new Verdict.Judged(
                c,
                f.withPath(share, g.schedule()),
                Text.sentence(
                        w,
                        "assessment.trend",
                        fromTo(w),
                        w.points().size(),
                        g.targetYear(),
                        Text.num(v),
                        Text.num(g.target()),
                        c.label()));
    }

    static LocalizedText fromTo(Window w) {
        return LocalizedText.of(
                "assessment.from-to",
                w.base().year(),
                Text.num(w.base().value()),
                w.latest().year(),
                Text.num(w.latest().value()));
    }
}
