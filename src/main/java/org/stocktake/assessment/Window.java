package org.stocktake.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comparable stretch of a series a verdict may use: the baseline, the latest observation up to
 * the as-of year, and the points between. When a series break lies after the baseline, the window
 * starts at the break (re-based) and says so through {@code rebasedAt}; values are never compared
 * across a break.
 */
record Window(Point base, Point latest, List<Point> points, Integer rebasedAt) {

    static Window frame(TargetSpec target, Series series, int asOfYear) {
        List<Point> seen = series.upTo(asOfYear);
        if (seen.isEmpty()) {
            throw new NoVerdict(Figures.NONE, "assessment.window.none", asOfYear);
        }
        Point latest = seen.get(seen.size() - 1);
        Optional<Integer> cut = series.breakBetween(target.baselineYear(), latest.year());
        if (cut.isPresent()) {
            return rebased(seen, latest, cut.get());
        }
        Point base = baseline(target, series, latest);
        List<Point> points = new ArrayList<>();
        points.add(base);
        seen.stream().filter(p -> p.year() > base.year()).forEach(points::add);
        if (latest.year() <= base.year()) {
            throw new NoVerdict(single(base), "assessment.window.one-point", base.year());
        }
        return new Window(base, latest, List.copyOf(points), null);
    }

    /**
     * Every observation from the baseline year to the as-of year within the comparable segment (for
     * bounds judged year by year); one point is enough. Re-based when a break lies after the baseline.
     */
    static Window observed(TargetSpec target, Series series, int asOfYear) {
        List<Point> seen = series.upTo(asOfYear);
        Point latest = seen.isEmpty() ? null : seen.get(seen.size() - 1);
        if (latest == null || latest.year() < target.baselineYear()) {
            throw new NoVerdict(Figures.NONE, "assessment.window.none-between", target.baselineYear(), asOfYear);
        }
        Optional<Integer> cut = series.breakBetween(target.baselineYear(), latest.year());
        int from = cut.orElse(target.baselineYear());
        List<Point> judged = seen.stream().filter(p -> p.year() >= from).toList();
        return new Window(judged.get(0), latest, judged, cut.orElse(null));
    }

    private static Window rebased(List<Point> seen, Point latest, int cut) {
        List<Point> segment = seen.stream().filter(p -> p.year() >= cut).toList();
        if (segment.size() < 2) {
            throw new NoVerdict(single(latest), "assessment.window.after-break", cut);
        }
        return new Window(segment.get(0), latest, segment, cut);
    }

    private static Point baseline(TargetSpec target, Series series, Point latest) {
        Baseline baseline = new Baseline(target.baselineYear(), target.baselineValue());
        return baseline.value(year -> series.at(year).map(Point::value))
                .map(v -> new Point(baseline.year(), v))
                .orElseThrow(() -> new NoVerdict(
                        new Figures(
                                target.baselineYear(),
                                null,
                                latest.year(),
                                latest.value(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        "assessment.window.no-base",
                        target.baselineYear()));
    }

    private static Figures single(Point p) {
        return new Figures(p.year(), p.value(), p.year(), p.value(), null, null, null, null, null, null, null, null);
    }

    /** Years from the base to the latest observation. */
    int elapsed() {
        return latest.year() - base.year();
    }
}
