package org.stocktake.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A reporting cycle. Each date falls in one period; a period's report is due on the due day after
 * the period ends: the n-th day of the following week (weekly) or of the month after the period.
 */
public enum Cycle {
    WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY;

    /** A reporting period: its key (2026-W05, 2026-01, 2026Q1, 2026H1, 2026) and first and last day. */
    public record Period(String key, LocalDate start, LocalDate end) {
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Cycle of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    public Period periodOf(LocalDate date) {
        return switch (this) {
            case WEEKLY -> {
                LocalDate start = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), start, start.plusDays(6));
            }
            case MONTHLY -> months(date, 1, String.format("%d-%02d", date.getYear(), date.getMonthValue()));
            case QUARTERLY -> months(date, 3, date.getYear() + "Q" + ((date.getMonthValue() - 1) / 3 + 1));
            case HALF_YEARLY -> months(date, 6, date.getYear() + "H" + ((date.getMonthValue() - 1) / 6 + 1));
            case YEARLY -> months(date, 12, Integer.toString(date.getYear()));
        };
    }

    private static Period months(LocalDate date, int length, String key) {
        int first = (date.getMonthValue() - 1) / length * length + 1;
        LocalDate start = LocalDate.of(date.getYear(), first, 1);
        return new Period(key, start, start.plusMonths(length).minusDays(1));
    }

    public Period previous(Period period) {
        return periodOf(period.start().minusDays(1));
    }

    /** When the report for a period is due. */
    public LocalDate due(Period period, int dueDay) {
        LocalDate next = period.end().plusDays(1);
        if (this == WEEKLY) {
            return next.plusDays(Math.max(1, Math.min(dueDay, 7)) - 1L);
        }
        return next.withDayOfMonth(Math.max(1, Math.min(dueDay, next.lengthOfMonth())));
    }

    /** The latest period whose report was due on or before today, if the task had started by then. */
    public java.util.Optional<Period> lastDue(LocalDate start, LocalDate today, int dueDay) {
        Period p = periodOf(today);
        while (due(p, dueDay).isAfter(today)) {
            p = previous(p);
        }
        return p.end().isBefore(start) ? java.util.Optional.empty() : java.util.Optional.of(p);
    }
}
