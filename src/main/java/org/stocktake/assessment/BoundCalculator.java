package org.stocktake.assessment;

import java.util.Locale;

/**
 * floor / ceiling (底线不突破 / 红线): the bound must never be crossed. Never crossed: 基本符合预期;
 * crossed in an earlier year but back inside: 滞后; crossed in the latest year: 倒退.
 */
final class BoundCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        Window w = Window.observed(t, in.series(), in.asOfYear());
        double x = t.value();
        boolean floor = t.kind() == TargetKind.FLOOR;
        BoundCheck check = BoundCheck.of(w, v -> floor ? v >= x : v <= x);
        String lineZh = (floor ? "底线" : "上限") + Text.num(x);
        String lineEn = (floor ? "the floor " : "the ceiling ") + Text.num(x);
        Figures f = BoundCheck.figures(w, t.targetYear());
        if (check.outside().isEmpty()) {
            return new Verdict.Judged(VerdictClass.ON_TRACK, f, Text.sentence(w,
                    check.span() + "年从未突破" + lineZh + "，基本符合预期",
                    lineEn.substring(0, 1).toUpperCase(Locale.ROOT) + lineEn.substring(1) + " was never crossed in "
                            + check.span() + " — on track"));
        }
        VerdictClass c = check.latestOutside() ? VerdictClass.DETERIORATING : VerdictClass.LAGGING;
        return new Verdict.Judged(c, f, Text.sentence(w,
                check.years() + "突破" + lineZh + "，" + c.label().zh(),
                lineEn.substring(0, 1).toUpperCase(Locale.ROOT) + lineEn.substring(1) + " was crossed in " + check.yearsEn()
                        + " — " + c.label().en()));
    }
}
