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
            case AT_LEAST -> LocalizedText.of("assessment.maintain.at-least", Text.num(x));
            case AT_MOST -> LocalizedText.of("assessment.maintain.at-most", Text.num(x));
            case EQUAL -> LocalizedText.of("assessment.maintain.equal", Text.num(x), Text.num(tol));
        };
        Figures f = BoundCheck.figures(w, t.targetYear());
        if (check.outside().isEmpty()) {
            return new Verdict.Judged(
                    VerdictClass.ON_TRACK, f, Text.sentence(w, "assessment.maintain.kept", check.span(), bound));
        }
        return new Verdict.Judged(
                VerdictClass.LAGGING,
                f,
                Text.sentence(
                        w,
                        "assessment.maintain.missed",
                        check.span(),
                        new LocalizedText(check.years(), check.yearsEn()),
                        bound));
    }
}
