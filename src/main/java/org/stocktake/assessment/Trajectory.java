package org.stocktake.assessment;

import java.util.OptionalDouble;
import org.stocktake.shared.LocalizedText;

/**
 * Judges a {@link Goal} by the chosen method: schedule, Open SDG or trend; on the target year's
 * value, whatever the method, the final verdict: 已实现 or 未实现 with the gap. Shared by the path kinds.
 */
final class Trajectory {

    private Trajectory() {}

    /** A trend is projected from at least this many points of the comparable segment. */
    static final int MIN_TREND_POINTS = Trend.MIN_PROJECTION_POINTS;

    static Verdict judge(Goal g, Method method, Settings settings) {
        OptionalDouble trend = projection(g);
        Figures f = Figures.window(g.window())
                .withRates(g.actualRate(), g.requiredRate())
                .withProjected(trend.isPresent() && !g.window().indexed() ? trend.getAsDouble() : null);
        if (g.isFinal()) {
            return closing(g, f);
        }
        return switch (method) {
            case SCHEDULE -> schedule(g, f, settings.margin());
            case OPENSDG -> openSdg(g, f);
            case TREND -> trend(g, f, trend);
        };
    }

    private static OptionalDouble projection(Goal g) {
        if (g.window().points().size() < MIN_TREND_POINTS) {
            return OptionalDouble.empty();
        }
        return g.compound()
                ? Trend.projectGrowth(g.window().points(), g.targetYear())
                : Trend.project(g.window().points(), g.targetYear());
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
        if (g.baseMet()) {
            return baseMet(g, f, fromTo(w));
        }
        double p = g.progressOf(latest);
        VerdictClass c = g.meets(latest) ? g.metClass() : classify(p, g.schedule(), margin);
        Figures with = f.withPath(p, g.schedule());
        return switch (g.path()) {
            case LEVEL ->
                new Verdict.Judged(
                        c,
                        with,
                        Text.sentence(
                                w,
                                "assessment.progress",
                                fromTo(w),
                                Text.val(g.target(), w.unit()),
                                Text.pct(p),
                                Text.pct(g.schedule()),
                                c.label()));
            case GROWTH, INCREMENT ->
                new Verdict.Judged(
                        c,
                        with,
                        Text.sentence(
                                w,
                                g.compound() ? "assessment.growth" : "assessment.increment",
                                lead(w),
                                actualRate(g),
                                bound(g, requiredRate(g)),
                                Text.pct(p),
                                Text.pct(g.schedule()),
                                c.label()));
        };
    }

    /** On the target year's value: 已实现 when it meets the target, else 未实现 with the gap in the unit. */
    private static Verdict closing(Goal g, Figures f) {
        Window w = g.window();
        boolean met = g.meets(w.latest().value());
        VerdictClass c = met ? VerdictClass.ACHIEVED : VerdictClass.NOT_ACHIEVED;
        Figures with = g.baseMet() ? f : f.withPath(g.progressOf(w.latest().value()), g.schedule());
        LocalizedText s = switch (g.path()) {
            case LEVEL ->
                met
                        ? Text.sentence(w, "assessment.final.met", fromTo(w), Text.val(g.target(), w.unit()), c.label())
                        : Text.sentence(
                                w,
                                "assessment.final.missed",
                                fromTo(w),
                                Text.val(g.target(), w.unit()),
                                Text.change(Math.abs(g.target() - w.latest().value()), w.unit()),
                                c.label());
            case GROWTH, INCREMENT -> {
                String key = g.compound() ? "assessment.final.growth" : "assessment.final.increment";
                LocalizedText gap = g.compound()
                        ? Text.ratePoints(Math.abs(g.requiredRate() - g.actualRate()))
                        : Text.change(Math.abs(g.requiredRate() - g.actualRate()), w.unit());
                yield met
                        ? Text.sentence(w, key + ".met", lead(w), actualRate(g), bound(g, requiredRate(g)), c.label())
                        : Text.sentence(
                                w, key + ".missed", lead(w), actualRate(g), bound(g, requiredRate(g)), gap, c.label());
            }
        };
        return new Verdict.Judged(c, with, s);
    }

    /** A level target met on the target year's value alone, when no baseline is known. */
    static Verdict closingWithoutBase(TargetSpec t, Point end, Integer rebasedAt, double target) {
        int sign = t.comparison() == Comparison.AT_MOST ? -1 : 1;
        boolean met = t.comparison() == Comparison.EQUAL ? end.value() == target : sign * (end.value() - target) >= 0;
        VerdictClass c = met ? VerdictClass.ACHIEVED : VerdictClass.NOT_ACHIEVED;
        Window w = new Window(end, end, java.util.List.of(end), rebasedAt, t.unit(), java.util.List.of(), false);
        Figures f =
                new Figures(null, null, end.year(), end.value(), null, null, null, null, null, null, null, rebasedAt);
        LocalizedText at = LocalizedText.of("assessment.at-year", end.year(), Text.val(end.value(), t.unit()));
        LocalizedText s = met
                ? Text.sentence(w, "assessment.final.met", at, Text.val(target, t.unit()), c.label())
                : Text.sentence(
                        w,
                        "assessment.final.missed",
                        at,
                        Text.val(target, t.unit()),
                        Text.change(Math.abs(target - end.value()), t.unit()),
                        c.label());
        return new Verdict.Judged(c, f, s);
    }

    /** A level already met before the target year, with no baseline to measure progress from. */
    static Verdict metWithoutBase(TargetSpec t, Point latest) {
        Window w = new Window(latest, latest, java.util.List.of(latest), null, t.unit(), java.util.List.of(), false);
        Figures f =
                new Figures(null, null, latest.year(), latest.value(), null, null, null, null, null, null, null, null);
        LocalizedText at = LocalizedText.of("assessment.at-year", latest.year(), Text.val(latest.value(), t.unit()));
        VerdictClass c = VerdictClass.ACHIEVED_EARLY;
        return new Verdict.Judged(
                c,
                f,
                Text.sentence(
                        w,
                        "assessment.met-without-base",
                        at,
                        Text.val(t.value(), t.unit()),
                        c.label(),
                        t.baselineYear()));
    }

    private static Verdict baseMet(Goal g, Figures f, LocalizedText from) {
        Window w = g.window();
        LocalizedText target = Text.val(g.target(), w.unit());
        if (g.meets(w.latest().value())) {
            VerdictClass c = g.metClass();
            return new Verdict.Judged(c, f, Text.sentence(w, "assessment.base-met.still", target, from, c.label()));
        }
        return new Verdict.Judged(
                VerdictClass.DETERIORATING, f, Text.sentence(w, "assessment.base-met.lost", target, from));
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
                w, "assessment.opensdg", lead(w), ratio, score, r.status().code(), c.label());
        return c == VerdictClass.INSUFFICIENT_DATA
                ? new Verdict.InsufficientData(with, s)
                : new Verdict.Judged(c, with, s);
    }

    private static Verdict trend(Goal g, Figures f, OptionalDouble projected) {
        Window w = g.window();
        if (projected.isEmpty()) {
            throw new NoVerdict(f, "assessment.few-points", w.points().size(), MIN_TREND_POINTS);
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
                        lead(w),
                        w.points().size(),
                        g.targetYear(),
                        w.indexed() ? new LocalizedText(Text.num(v), Text.num(v)) : Text.val(v, w.unit()),
                        w.indexed()
                                ? new LocalizedText(Text.num(g.target()), Text.num(g.target()))
                                : Text.val(g.target(), w.unit()),
                        c.label()));
    }

    /** 由2020年的26.9%到2024年的26.7% / From 26.9% in 2020 to 26.7% in 2024. */
    static LocalizedText fromTo(Window w) {
        return LocalizedText.of(
                "assessment.from-to",
                w.base().year(),
                Text.val(w.base().value(), w.unit()),
                w.latest().year(),
                Text.val(w.latest().value(), w.unit()));
    }

    /** The values from and to, or only the years when the window is an index of growth rates. */
    static LocalizedText lead(Window w) {
        return w.indexed()
                ? LocalizedText.of(
                        "assessment.span", w.base().year(), w.latest().year())
                : fromTo(w);
    }

    private static LocalizedText actualRate(Goal g) {
        return g.compound()
                ? Text.rate(g.actualRate())
                : Text.change(g.actualRate(), g.window().unit());
    }

    private static LocalizedText requiredRate(Goal g) {
        if (g.compound()) {
            String committed = Text.num(g.requiredRate() * 100) + Text.PERCENT;
            return new LocalizedText(committed, committed);
        }
        return Text.change(g.requiredRate(), g.window().unit());
    }

    private static LocalizedText bound(Goal g, LocalizedText value) {
        String key = g.path() == Goal.Path.LEVEL
                ? (g.sign() < 0 ? "assessment.maintain.at-most" : "assessment.maintain.at-least")
                : (g.sign() < 0 ? "assessment.rate.at-most" : "assessment.rate.at-least");
        return LocalizedText.of(key, value);
    }
}
