package org.stocktake.assessment;

import org.stocktake.shared.LocalizedText;

/**
 * maintain (稳定在 X 以上 / 控制在 X 以内): every observed year from the baseline year on must be
 * inside the bound. All inside: 基本符合预期; any year outside: 滞后.
 */
final class MaintainCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        Window w = Window.observed(t, in.series(), in.asOfYear());
        double x = t.value();
        double tol = t.tolerance() == null ? 0 : t.tolerance();
        Comparison c = t.comparison() == null ? Comparison.AT_LEAST : t.comparison();
        BoundCheck check = BoundCheck.of(w, v -> switch (c) {
            case AT_LEAST -> v >= x;
            case AT_MOST -> v <= x;
            case EQUAL -> Math.abs(v - x) <= tol;
        });
        LocalizedText bound = switch (c) {
            case AT_LEAST -> new LocalizedText(Text.num(x) + "以上", "at or above " + Text.num(x));
            case AT_MOST -> new LocalizedText(Text.num(x) + "以内", "at or below " + Text.num(x));
            case EQUAL -> new LocalizedText(Text.num(x) + "±" + Text.num(tol), "within " + Text.num(tol)
                    + " of " + Text.num(x));
        };
        Figures f = BoundCheck.figures(w, t.targetYear());
        if (check.outside().isEmpty()) {
            return new Verdict.Judged(VerdictClass.ON_TRACK, f, Text.sentence(w,
                    check.span() + "年各年均保持在" + bound.zh() + "，基本符合预期",
                    "Every year " + check.span() + " stayed " + bound.en() + " — on track"));
        }
        return new Verdict.Judged(VerdictClass.LAGGING, f, Text.sentence(w,
                check.span() + "年中" + check.years() + "未保持在" + bound.zh() + "，滞后",
                "In " + check.span() + ", " + check.yearsEn() + " did not stay " + bound.en() + " — lagging"));
    }
}
