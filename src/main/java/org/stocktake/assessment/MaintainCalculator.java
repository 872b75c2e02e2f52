package org.stocktake.assessment;

import org.stocktake.shared.LocalizedText;

/**
 * maintain (稳定在 X 以上 / 控制在 X 以内): every observed year from the baseline year on must be
 * inside the bound. All inside: 基本符合预期; any year outside: 滞后. On the target year's value:
 * 已实现 when every year was inside, else 未实现.
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
        LocalizedText value = Text.val(x, t.unit());
        LocalizedText bound = switch (c) {
            case AT_LEAST -> LocalizedText.of("assessment.maintain.at-least", value);
            case AT_MOST -> LocalizedText.of("assessment.maintain.at-most", value);
            case EQUAL -> LocalizedText.of("assessment.maintain.equal", value, Text.change(tol, t.unit()));
        };
        Figures f = BoundCheck.figures(w, t.targetYear());
        boolean closing = w.latest().year() >= t.targetYear();
        if (check.outside().isEmpty()) {
            VerdictClass k = closing ? VerdictClass.ACHIEVED : VerdictClass.ON_TRACK;
            LocalizedText s = check.oneYear()
                    ? Text.sentence(
                            w, "assessment.maintain.kept.one", w.latest().year(), check.latestValue(), bound, k.label())
                    : Text.sentence(w, "assessment.maintain.kept", check.span(), bound, k.label());
            return new Verdict.Judged(k, f, s);
        }
        VerdictClass k = closing ? VerdictClass.NOT_ACHIEVED : VerdictClass.LAGGING;
        LocalizedText s = check.oneYear()
                ? Text.sentence(
                        w, "assessment.maintain.missed.one", w.latest().year(), check.latestValue(), bound, k.label())
                : Text.sentence(w, "assessment.maintain.missed", check.span(), check.years(), bound, k.label());
        return new Verdict.Judged(k, f, s);
    }
}
