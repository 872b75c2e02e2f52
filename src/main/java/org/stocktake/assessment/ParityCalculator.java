package org.stocktake.assessment;

import java.util.Optional;

/**
 * parity (基本同步): the compound yearly growth of the series against that of the reference series
 * over the same years, from the baseline (or the later break) to the latest year both have.
 * Within the tolerance (percentage points): 基本符合预期; faster: 快于预期; slower: 滞后. With the
 * comparison {@code at_most} lower is better (e.g. energy use growing no faster than output): slower
 * is 快于预期 and faster is 滞后. On the target year's values: within or better 已实现, else 未实现.
 */
final class ParityCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        Series a = in.series();
        Series b = in.reference() == null ? Series.of(java.util.List.of()) : in.reference();
        int end = a.upTo(in.asOfYear()).stream()
                .mapToInt(Point::year)
                .filter(y -> b.at(y).isPresent())
                .max()
                .orElseThrow(() -> new NoVerdict(Figures.NONE, "assessment.parity.no-common"));
        Optional<Integer> cut = later(a.breakBetween(t.baselineYear(), end), b.breakBetween(t.baselineYear(), end));
        int start = cut.orElse(t.baselineYear());
        Point a0 = a.at(start).orElse(null);
        Point b0 = b.at(start).orElse(null);
        if (a0 == null || b0 == null || end <= start) {
            throw new NoVerdict(Figures.NONE, "assessment.parity.no-start", start);
        }
        Point a1 = a.at(end).orElseThrow();
        Point b1 = b.at(end).orElseThrow();
        Window w = new Window(a0, a1, java.util.List.of(a0, a1), cut.orElse(null));
        if (a0.value() <= 0 || a1.value() <= 0 || b0.value() <= 0 || b1.value() <= 0) {
            throw new NoVerdict(Figures.window(w), "assessment.parity.non-positive");
        }
        double ga = OpenSdgProgress.growth(a1.value(), a0.value(), end, start);
        double gb = OpenSdgProgress.growth(b1.value(), b0.value(), end, start);
        double gap = (ga - gb) * 100;
        double tol = t.tolerance();
        int better = t.comparison() == Comparison.AT_MOST ? -1 : 1;
        VerdictClass c = Math.abs(gap) <= tol + 1e-12
                ? VerdictClass.ON_TRACK
                : better * gap > 0 ? VerdictClass.AHEAD : VerdictClass.LAGGING;
        if (end >= t.targetYear()) {
            c = c.atTargetYear();
        }
        return new Verdict.Judged(c, Figures.window(w).withRates(ga, gb), sentence(w, c, ga, gb, tol));
    }

    private static org.stocktake.shared.LocalizedText sentence(
            Window w, VerdictClass c, double ga, double gb, double tol) {
        int start = w.base().year();
        int end = w.latest().year();
        double gap = (ga - gb) * 100;
        return Text.sentence(
                w,
                "assessment.parity",
                start,
                end,
                Text.pct(ga),
                Text.pct(gb),
                Text.num(gap),
                Text.num(tol),
                c.label());
    }

    private static Optional<Integer> later(Optional<Integer> x, Optional<Integer> y) {
        if (x.isEmpty()) {
            return y;
        }
        return y.isEmpty() ? x : Optional.of(Math.max(x.get(), y.get()));
    }
}
