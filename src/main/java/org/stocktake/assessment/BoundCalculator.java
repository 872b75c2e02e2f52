package org.stocktake.assessment;

import org.stocktake.shared.LocalizedText;

/**
 * floor / ceiling (底线不突破 / 红线): the bound must never be crossed. Never crossed: 基本符合预期;
 * crossed in an earlier year but back inside: 滞后; crossed in the latest year: 倒退. On the target
 * year's value: 已实现 when never crossed, else 未实现.
 */
final class BoundCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        Window w = Window.observed(t, in.series(), in.asOfYear());
        double x = t.value();
        boolean floor = t.kind() == TargetKind.FLOOR;
        BoundCheck check = BoundCheck.of(w, v -> floor ? v >= x : v <= x);
        LocalizedText line =
                LocalizedText.of(floor ? "assessment.bound.floor" : "assessment.bound.ceiling", Text.val(x, t.unit()));
        Figures f = BoundCheck.figures(w, t.targetYear());
        boolean closing = w.latest().year() >= t.targetYear();
        if (check.outside().isEmpty()) {
            VerdictClass c = closing ? VerdictClass.ACHIEVED : VerdictClass.ON_TRACK;
            return new Verdict.Judged(c, f, Text.sentence(w, "assessment.bound.never", check.span(), line, c.label()));
        }
        VerdictClass c = closing
                ? VerdictClass.NOT_ACHIEVED
                : check.latestOutside() ? VerdictClass.DETERIORATING : VerdictClass.LAGGING;
        return new Verdict.Judged(c, f, Text.sentence(w, "assessment.bound.crossed", check.years(), line, c.label()));
    }
}
