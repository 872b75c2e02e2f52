package org.stocktake.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Period;

/**
 * A reporting cycle. Each date falls in one period; a period's report is due on the due day after
 * the period ends: the n-th day of the following week (weekly) or of the month after the period.
 * Monthly, quarterly and yearly periods are statistical {@link Period}s (their keys and days come
 * from there); weeks (ISO, 2026-W05) and halves (2026H1) exist only here, for reporting.
 */
public enum Cycle {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY;

    /** A reporting period: its key (2026-W05, 2026-01, 2026Q1, 2026H1, 2026) and first and last day. */
    public record ReportingPeriod(String key, LocalDate start, LocalDate end) {

        static ReportingPeriod of(Period period) {
            return new ReportingPeriod(period.toString(), period.start(), period.end());
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Cycle of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    public ReportingPeriod periodOf(LocalDate date) {
        return switch (this) {
            case WEEKLY -> {
                LocalDate start = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportingPeriod(
                        String.format(
                                "%d-W%02d",
                                start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                        start,
                        start.plusDays(6));
            }
            case MONTHLY -> ReportingPeriod.of(Period.containing(date, Period.Kind.MONTH));
            case QUARTERLY -> ReportingPeriod.of(Period.containing(date, Period.Kind.QUARTER));
            case HALF_YEARLY -> {
                int half = (date.getMonthValue() - 1) / 6;
                LocalDate start = LocalDate.of(date.getYear(), half * 6 + 1, 1);
                yield new ReportingPeriod(
                        date.getYear() + "H" + (half + 1),
                        start,
                        start.plusMonths(6).minusDays(1));
            }
            case YEARLY -> ReportingPeriod.of(Period.containing(date, Period.Kind.YEAR));
        };
    }

    public ReportingPeriod previous(ReportingPeriod period) {
        return periodOf(period.start().minusDays(1));
    }

    /** When the report for a period is due. */
    public LocalDate due(ReportingPeriod period, int dueDay) {
        LocalDate next = period.end().plusDays(1);
        if (this == WEEKLY) {
            return next.plusDays(Math.max(1, Math.min(dueDay, 7)) - 1L);
        }
        return next.withDayOfMonth(Math.max(1, Math.min(dueDay, next.lengthOfMonth())));
    }

    /** The latest period whose report was due on or before today, if the task had started by then. */
    public java.util.Optional<ReportingPeriod> lastDue(LocalDate start, LocalDate today, int dueDay) {
        ReportingPeriod p = periodOf(today);
        while (due(p, dueDay).isAfter(today)) {
            p = previous(p);
        }
        return p.end().isBefore(start) ? java.util.Optional.empty() : java.util.Optional.of(p);
    }

    /**
     * The periods a unit may report for on a day, newest first: the current one, then earlier ones
     * back to the one holding the task's start, at most {@code max} in all.
     */
    public List<ReportingPeriod> reportable(LocalDate start, LocalDate today, int max) {
        List<ReportingPeriod> periods = new ArrayList<>();
        ReportingPeriod p = periodOf(today);
        periods.add(p);
        for (p = previous(p); periods.size() < max && start != null && !p.end().isBefore(start); p = previous(p)) {
            periods.add(p);
        }
        return periods;
    }

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /**
     * A period's key in words (2026Q1 → 2026年第1季度 / 2026 Q1; 2026-01 → 2026年1月 / Jan 2026;
     * 2026-W05 → 2026年第5周 / 2026 week 5; 2026H1 → 2026年上半年 / 2026 H1); a key of no known form as it is.
     */
    public static String label(String key, Locale locale) {
        if (key == null) {
            return "";
        }
        Matcher week = WEEK.matcher(key);
        if (week.matches()) {
            return Messages.get(locale, "reportPeriod.week", week.group(1), Integer.parseInt(week.group(2)) + "");
        }
        Matcher month = MONTH.matcher(key);
        if (month.matches() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            int m = Integer.parseInt(month.group(2));
            String shortName = java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
            return Messages.get(locale, "reportPeriod.month", month.group(1), m + "", shortName);
        }
        Matcher quarter = QUARTER.matcher(key);
        if (quarter.matches()) {
            return Messages.get(locale, "reportPeriod.quarter", quarter.group(1), quarter.group(2));
        }
        Matcher half = HALF.matcher(key);
        if (half.matches()) {
            return Messages.get(locale, "reportPeriod.half." + half.group(2), half.group(1));
        }
        if (YEAR.matcher(key).matches()) {
            return Messages.get(locale, "reportPeriod.year", key);
        }
        return key;
    }
}
