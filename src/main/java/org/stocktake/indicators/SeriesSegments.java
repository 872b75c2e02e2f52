package org.stocktake.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.stocktake.shared.Period;

/**
 * A series split at its breaks into comparable segments: values inside one segment share a
 * caliber; values in different segments must not be compared. Plain Java.
 */
public record SeriesSegments(List<Segment> segments) {

    /**
     * One caliber: the values from the break that opened it (null for the first segment) up to
     * the next break. A segment may be empty (a break with no data yet after it).
     */
    public record Segment(SeriesBreak openedBy, SortedMap<Period, Double> values) {
        public Segment {
            values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        }

        public Optional<SeriesBreak> openingBreak() {
            return Optional.ofNullable(openedBy);
        }
    }

    public SeriesSegments {
        segments = List.copyOf(segments);
    }

    /** Splits a series by the breaks of its indicator (breaks of other indicators are ignored). */
    public static SeriesSegments split(String indicator, Map<Period, Double> series, List<SeriesBreak> breaks) {
        List<SeriesBreak> ordered = breaks.stream()
                .filter(b -> b.indicator().equals(indicator))
                .sorted(Comparator.comparing(b -> b.from().start()))
                .toList();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i <= ordered.size(); i++) {
            SeriesBreak opening = i == 0 ? null : ordered.get(i - 1);
            SeriesBreak closing = i < ordered.size() ? ordered.get(i) : null;
            SortedMap<Period, Double> values = new TreeMap<>();
            series.forEach((p, v) -> {
                if ((opening == null || opening.appliesTo(p)) && (closing == null || !closing.appliesTo(p))) {
                    values.put(p, v);
                }
            });
            segments.add(new Segment(opening, values));
        }
        return new SeriesSegments(segments);
    }

    /** The segment that holds the latest value; empty when the series has no value. */
    public Optional<Segment> latest() {
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (!segments.get(i).values().isEmpty()) {
                return Optional.of(segments.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether two periods lie in the same segment, so their values may be compared. */
    public boolean comparable(Period a, Period b) {
        return segmentIndex(a) == segmentIndex(b);
    }

    /** The breaks a comparison of these two periods would cross, oldest first. */
    public List<SeriesBreak> breaksBetween(Period a, Period b) {
        int from = Math.min(segmentIndex(a), segmentIndex(b));
        int to = Math.max(segmentIndex(a), segmentIndex(b));
        return segments.subList(from + 1, to + 1).stream()
                .map(Segment::openedBy)
                .toList();
    }

    private int segmentIndex(Period p) {
        int index = 0;
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).openedBy().appliesTo(p)) {
                index = i;
            }
        }
        return index;
    }
}
