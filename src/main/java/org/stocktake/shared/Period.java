package org.stocktake.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistical period, the one period type of Stocktake: a year ({@code 2021}), a quarter
 * ({@code 2021Q3}) or a month ({@code 2021-07}), for years 1900 to 2200. Every text form of a period
 * is read and written here; no other class parses one. Periods order by time: by their midpoint,
 * then year before quarter before month (so {@code 2021Q1} and {@code 2021-02}, which share a
 * midpoint, still differ and order consistently with {@code equals}). Two reporting forms that are no
 * statistical period, ISO weeks ({@code 2026-W05}, {@link Week}) and halves ({@code 2026H1},
 * {@link Half}), are read and written here too, so that this stays the one parser of period text.
 *
 * @param number the quarter (1–4) or month (1–12); 0 for a year
 */
public record Period(int year, Kind kind, int number) implements Comparable<Period> {

    /** The length of a period: a year, a quarter or a month. */
    public enum Kind {
        YEAR(1),
        QUARTER(4),
        MONTH(12);

        private final int perYear;

        Kind(int perYear) {
            this.perYear = perYear;
        }
    }

    /** The first year a period may lie in. */
    public static final int MIN_YEAR = 1900;
    /** The last year a period may lie in. */
    public static final int MAX_YEAR = 2200;

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?");

    public Period {
        if (kind == null) {
            throw new IllegalArgumentException("a period needs a kind: year, quarter or month");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        boolean fits = kind == Kind.YEAR ? number == 0 : number >= 1 && number <= kind.perYear;
        if (!fits) {
            throw new IllegalArgumentException(
                    switch (kind) {
                        case YEAR -> "a year has no number, not " + number;
                        case QUARTER -> "quarter " + number + " is not 1–4";
                        case MONTH -> "month " + number + " is not 1–12";
                    });
        }
    }

    public static Period ofYear(int year) {
        return new Period(year, Kind.YEAR, 0);
    }

    public static Period ofQuarter(int year, int quarter) {
        return new Period(year, Kind.QUARTER, quarter);
    }

    public static Period ofMonth(int year, int month) {
        return new Period(year, Kind.MONTH, month);
    }

    /** The period of the given kind that contains a date. */
    public static Period containing(LocalDate date, Kind kind) {
        return switch (kind) {
            case YEAR -> ofYear(date.getYear());
            case QUARTER -> ofQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case MONTH -> ofMonth(date.getYear(), date.getMonthValue());
        };
    }

    /**
     * Reads the text forms above (surrounding blanks ignored); empty when the text is none of them
     * or its year lies outside 1900–2200. Never throws.
     */
    public static Optional<Period> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            return Optional.of(ofQuarter(year, Integer.parseInt(m.group(2))));
        }
        if (m.group(3) != null) {
            return Optional.of(ofMonth(year, Integer.parseInt(m.group(3))));
        }
        return Optional.of(ofYear(year));
    }

    /** Reads a period written exactly in its own form (no blanks, as {@link #toString()} writes it); empty otherwise. */
    public static Optional<Period> parseExact(String text) {
        return parse(text).filter(p -> p.toString().equals(text));
    }

    /**
     * Reads a period, or refuses the text with a problem in words (in Chinese and English) naming
     * the text and the forms accepted.
     */
    public static Period of(String text) {
        return parse(text).orElseThrow(() -> new InvalidInputException("period", List.of(problem(text))));
    }

    /** The problem with a text that is not a period. */
    public static Problem problem(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (m.matches()) {
            return Problem.of("period", "period.year-range", text, MIN_YEAR, MAX_YEAR);
        }
        return Problem.of("period", "period.bad", text == null ? "" : text);
    }

    /** Whether a text is a whole year written exactly ({@code 2021}, not {@code 2021Q3}, {@code 2021-07} or {@code " 2021"}). */
    public static boolean yearly(String text) {
        return parseExact(text).filter(Period::isYear).isPresent();
    }

    /** Whether this is a whole year. */
    public boolean isYear() {
        return kind == Kind.YEAR;
    }

    /** Periods of this kind in a year: 1, 4 or 12. */
    public int perYear() {
        return kind.perYear;
    }

    /** The first day of the period. */
    public LocalDate start() {
        return LocalDate.of(year, firstMonth(), 1);
    }

    /** The last day of the period (31 December, the quarter's or the month's last day). */
    public LocalDate end() {
        return start().plusMonths(12 / kind.perYear).minusDays(1);
    }

    /** The period {@code n} periods of the same kind later ({@code n} may be negative). */
    public Period plus(long n) {
        long index;
        try {
            index = Math.addExact((long) year * kind.perYear + Math.max(number, 1) - 1, n);
        } catch (ArithmeticException tooFar) {
            throw new IllegalArgumentException(this + " plus " + n + " lies outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        long newYear = Math.floorDiv(index, (long) kind.perYear);
        if (newYear < MIN_YEAR || newYear > MAX_YEAR) {
            throw new IllegalArgumentException(this + " plus " + n + " lies outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        int newNumber = kind == Kind.YEAR ? 0 : (int) Math.floorMod(index, (long) kind.perYear) + 1;
        return new Period((int) newYear, kind, newNumber);
    }

    /** The period {@code n} periods of the same kind earlier. */
    public Period minus(long n) {
        if (n == Long.MIN_VALUE) {
            throw new IllegalArgumentException(this + " minus " + n + " lies outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return plus(-n);
    }

    /** The period {@code n} periods earlier, or empty when that lies outside 1900–2200. */
    public Optional<Period> back(long n) {
        try {
            return Optional.of(minus(n));
        } catch (IllegalArgumentException outside) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(Period other) {
        int byTime = Double.compare(midpoint(), other.midpoint());
        return byTime != 0 ? byTime : kind.compareTo(other.kind);
    }

    /** The period's middle as a fractional year, for ordering and charts. */
    public double midpoint() {
        return switch (kind) {
            case YEAR -> year + 0.5;
            case QUARTER -> year + (number - 0.5) / 4.0;
            case MONTH -> year + (number - 0.5) / 12.0;
        };
    }

    private int firstMonth() {
        return kind == Kind.YEAR ? 1 : (number - 1) * (12 / kind.perYear) + 1;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "Q" + number;
            case MONTH -> String.format("%d-%02d", year, number);
        };
    }

    private static final Pattern WEEK_FORM = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern HALF_FORM = Pattern.compile("(\\d{4})H([12])");

    /**
     * An ISO week ({@code 2026-W05}, Monday to Sunday, numbered within its week-based year): a
     * reporting period only, never a statistical one ({@link #parse(String)} does not read it).
     */
    public record Week(int year, int week) {

        public Week {
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new IllegalArgumentException("year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
            }
            long weeks = LocalDate.of(year, 6, 1)
                    .range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    .getMaximum();
            if (week < 1 || week > weeks) {
                throw new IllegalArgumentException("week " + week + " is not 1–" + weeks + " in " + year);
            }
        }

        /** The week that contains a date. */
        public static Week containing(LocalDate date) {
            return new Week(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        /** Reads {@code 2026-W05} exactly; empty for any other text or a week the year does not have. */
        public static Optional<Week> parse(String text) {
            Matcher m = WEEK_FORM.matcher(text == null ? "" : text);
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (IllegalArgumentException outside) {
                return Optional.empty();
            }
        }

        /** The Monday the week starts on. */
        public LocalDate start() {
            return LocalDate.of(year, 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        /** The Sunday the week ends on. */
        public LocalDate end() {
            return start().plusDays(6);
        }

        @Override
        public String toString() {
            return String.format("%d-W%02d", year, week);
        }
    }

    /**
     * A half year ({@code 2026H1} January–June, {@code 2026H2} July–December): a reporting period
     * only, never a statistical one ({@link #parse(String)} does not read it).
     */
    public record Half(int year, int half) {

        public Half {
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new IllegalArgumentException("year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
            }
            if (half != 1 && half != 2) {
                throw new IllegalArgumentException("half " + half + " is not 1 or 2");
            }
        }

        /** The half year that contains a date. */
        public static Half containing(LocalDate date) {
            return new Half(date.getYear(), (date.getMonthValue() - 1) / 6 + 1);
        }

        /** Reads {@code 2026H1} exactly; empty for any other text. */
        public static Optional<Half> parse(String text) {
            Matcher m = HALF_FORM.matcher(text == null ? "" : text);
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (IllegalArgumentException outside) {
                return Optional.empty();
            }
        }

        /** The first day: 1 January or 1 July. */
        public LocalDate start() {
            return LocalDate.of(year, (half - 1) * 6 + 1, 1);
        }

        /** The last day: 30 June or 31 December. */
        public LocalDate end() {
            return start().plusMonths(6).minusDays(1);
        }

        @Override
        public String toString() {
            return year + "H" + half;
        }
    }
}
