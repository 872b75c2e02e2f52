package org.stocktake.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistical period: a year ({@code 2021}), a quarter ({@code 2021Q3}) or a month
 * ({@code 2021-07}). Periods of the same kind order by time.
 */
public record Period(int year, Kind kind, int number) implements Comparable<Period> {

    public enum Kind { YEAR, QUARTER, MONTH }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?");

    public Period {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (kind) { case YEAR -> 0; case QUARTER -> 4; case MONTH -> 12; };
        if (kind == Kind.YEAR ? number != 0 : number < 1 || number > max) {
            throw new IllegalArgumentException("bad " + kind + " number: " + number);
        }
    }

    public static Period ofYear(int year) {
        return new Period(year, Kind.YEAR, 0);
    }

    /** Parses the text forms above; empty when the text is none of them. */
    public static Optional<Period> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return Optional.of(new Period(year, Kind.QUARTER, Integer.parseInt(m.group(2))));
        }
        if (m.group(3) != null) {
            return Optional.of(new Period(year, Kind.MONTH, Integer.parseInt(m.group(3))));
        }
        return Optional.of(ofYear(year));
    }

    @Override
    public int compareTo(Period other) {
        return Double.compare(midpoint(), other.midpoint());
    }

    /** The period's middle as a fractional year, for ordering and charts. */
    public double midpoint() {
        return switch (kind) {
            case YEAR -> year + 0.5;
            case QUARTER -> year + (number - 0.5) / 4.0;
            case MONTH -> year + (number - 0.5) / 12.0;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "Q" + number;
            case MONTH -> String.format("%d-%02d", year, number);
        };
    }
}
