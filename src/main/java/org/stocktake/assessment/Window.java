package org.stocktake.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;

/**
 * The comparable stretch of a series a verdict may use: the baseline, the latest observation up to
 * the as-of year, and the points between. When a series break lies after the baseline, the window
 * starts at the break (re-based) and says so through {@code rebasedAt}; values are never compared
 * across a break. {@code unit} is the values' unit; {@code notes} say where the baseline comes from
 * when it was not observed, and which values are derived; {@code indexed}: the values are an index
 * (base = 100) chained from yearly growth rates, not levels.
 */
record Window(
        Point base,
        Point latest,
        List<Point> points,
        Integer rebasedAt,
        String unit,
        List<LocalizedText> notes,
        boolean indexed) {

    Window {
        points = List.copyOf(points);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    Window(Point base, Point latest, List<Point> points, Integer rebasedAt) {
        this(base, latest, points, rebasedAt, null, List.of(), false);
    }

    static Window frame(TargetSpec target, Series series, int asOfYear) {
        List<Point> seen = series.upTo(asOfYear);
        if (seen.isEmpty()) {
            throw new NoVerdict(Figures.NONE, "assessment.window.none", asOfYear);
        }
        Point latest = seen.get(seen.size() - 1);
        Optional<Integer> cut = series.breakBetween(target.baselineYear(), latest.year());
        if (cut.isPresent()) {
            return rebased(target, series, seen, latest, cut.get());
        }
        List<LocalizedText> notes = new ArrayList<>();
        Point base = baseline(target, series, latest, notes);
        List<Point> points = new ArrayList<>();
        points.add(base);
        seen.stream().filter(p -> p.year() > base.year()).forEach(points::add);
        if (latest.year() <= base.year()) {
            throw new NoVerdict(single(base), "assessment.window.one-point", base.year());
        }
        derivedNotes(series, points.subList(1, points.size()), target.unit(), notes);
        return new Window(base, latest, points, null, target.unit(), notes, false);
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
        List<LocalizedText> notes = new ArrayList<>();
        derivedNotes(series, judged, target.unit(), notes);
        return new Window(judged.get(0), latest, judged, cut.orElse(null), target.unit(), notes, false);
    }

    /**
     * An index (base year = 100) chained from yearly growth rates in percent, for a growth target
     * whose base-year level is unknown: the longest run of consecutive rates from the year after the
     * baseline up to the as-of year. Empty when the year after the baseline has no rate.
     */
    static Optional<Window> chained(TargetSpec target, Series rates, int asOfYear) {
        List<Point> points = new ArrayList<>();
        Point base = new Point(target.baselineYear(), 100);
        points.add(base);
        double index = 100;
        for (int year = target.baselineYear() + 1; year <= asOfYear; year++) {
            Optional<Point> rate = rates.at(year);
            if (rate.isEmpty()) {
                break;
            }
            index *= 1 + rate.get().value() / 100;
            points.add(new Point(year, index));
        }
        if (points.size() < 2) {
            return Optional.empty();
        }
        List<Point> used = rates.points().stream()
                .filter(p -> p.year() > base.year()
                        && p.year() <= points.get(points.size() - 1).year())
                .toList();
        String list = String.join(
                Messages.zh("assessment.list"),
                used.stream().map(p -> Text.num(p.value()) + "%").toList());
        String listEn = String.join(
                ", ", used.stream().map(p -> Text.num(p.value()) + "%").toList());
        LocalizedText note = LocalizedText.of(
                "assessment.growth.chained",
                used.get(0).year(),
                used.get(used.size() - 1).year(),
                new LocalizedText(list, listEn));
        return Optional.of(new Window(base, points.get(points.size() - 1), points, null, null, List.of(note), true));
    }

    private static Window rebased(TargetSpec target, Series series, List<Point> seen, Point latest, int cut) {
        List<Point> segment = seen.stream().filter(p -> p.year() >= cut).toList();
        if (segment.size() < 2) {
            throw new NoVerdict(single(latest), "assessment.window.after-break", cut);
        }
        List<LocalizedText> notes = new ArrayList<>();
        derivedNotes(series, segment, target.unit(), notes);
        return new Window(segment.get(0), latest, segment, cut, target.unit(), notes, false);
    }

    private static Point baseline(TargetSpec target, Series series, Point latest, List<LocalizedText> notes) {
        Baseline baseline = new Baseline(target.baselineYear(), target.baselineValue());
        Optional<Baseline.Choice> choice = baseline.choose(
                year -> series.at(year)
                        .filter(p -> series.derivation(year).isEmpty())
                        .map(Point::value),
                year -> series.at(year).map(Point::value));
        if (choice.isEmpty()) {
            throw new NoVerdict(
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
                    target.baselineYear());
        }
        Baseline.Choice c = choice.get();
        switch (c.source()) {
            case STATED ->
                notes.add(
                        target.baselineSource() == null
                                ? LocalizedText.of("assessment.base.stated")
                                : LocalizedText.of("assessment.base.stated-in", target.baselineSource()));
            case DERIVED ->
                notes.add(LocalizedText.of(
                        "assessment.base.derived",
                        series.derivation(baseline.year()).orElse("")));
            case OBSERVED -> {}
        }
        return new Point(baseline.year(), c.value());
    }

    /** A note for every derived value among {@code used} (the baseline's own note is made above). */
    private static void derivedNotes(Series series, List<Point> used, String unit, List<LocalizedText> notes) {
        for (Point p : used) {
            series.derivation(p.year())
                    .ifPresent(statement -> notes.add(LocalizedText.of(
                            "assessment.point.derived", p.year(), Text.val(p.value(), unit), statement)));
        }
    }

    static Figures single(Point p) {
        return new Figures(p.year(), p.value(), p.year(), p.value(), null, null, null, null, null, null, null, null);
    }

    /** Years from the base to the latest observation. */
    int elapsed() {
        return latest.year() - base.year();
    }
}
