package org.stocktake.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A yearly series with its series breaks (口径调整). A break year is the first year of a new
 * definition: values from that year on are not comparable with values before it. {@code derived}
 * holds, for the years whose value is derived from a published statement rather than published
 * itself, that statement (a verdict that uses such a value says so).
 */
public record Series(List<Point> points, SortedSet<Integer> breakYears, Map<Integer, String> derived) {

    public Series {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingInt(Point::year));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).year() == sorted.get(i - 1).year()) {
                throw new IllegalArgumentException(
                        "two values for " + sorted.get(i).year());
            }
        }
        points = List.copyOf(sorted);
        breakYears = Collections.unmodifiableSortedSet(new TreeSet<>(breakYears));
        derived = derived == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(derived));
    }

    public Series(List<Point> points, SortedSet<Integer> breakYears) {
        this(points, breakYears, Map.of());
    }

    public static Series of(List<Point> points) {
        return new Series(points, new TreeSet<>());
    }

    /** Shorthand for tests and tables: {@code Series.of(2020, 1.0, 2021, 2.0)}. */
    public static Series of(double... yearValuePairs) {
        List<Point> list = new ArrayList<>();
        for (int i = 0; i + 1 < yearValuePairs.length; i += 2) {
            list.add(new Point((int) yearValuePairs[i], yearValuePairs[i + 1]));
        }
        return of(list);
    }

    public Series withBreak(int year) {
        TreeSet<Integer> breaks = new TreeSet<>(breakYears);
        breaks.add(year);
        return new Series(points, breaks, derived);
    }

    /** The same series with the value of {@code year} marked as derived from {@code statement}. */
    public Series withDerived(int year, String statement) {
        Map<Integer, String> marked = new TreeMap<>(derived);
        marked.put(year, statement);
        return new Series(points, breakYears, marked);
    }

    /** The points observed up to and including {@code year}. */
    public List<Point> upTo(int year) {
        return points.stream().filter(p -> p.year() <= year).toList();
    }

    public Optional<Point> at(int year) {
        return points.stream().filter(p -> p.year() == year).findFirst();
    }

    /** The statement a value is derived from; empty for a published value or a year without one. */
    public Optional<String> derivation(int year) {
        return Optional.ofNullable(derived.get(year));
    }

    /** The latest break at or before {@code year} and after {@code since}, if any. */
    public Optional<Integer> breakBetween(int since, int year) {
        return breakYears.stream().filter(b -> b > since && b <= year).reduce((a, b) -> b);
    }
}
