package org.stocktake.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Period;

/**
 * A reporting cycle. Each date falls in one period; a period's report is due on the due day after
 * the period ends: the n-th day of the following week (weekly) or of the month after the period.
 * Monthly, quarterly and yearly periods are statistical {@link Period}s (their keys and days come
 * from there); weeks (ISO, 2026-W05) and halves (2026H1) are {@link Period.Week} and
 * {@link Period.Half}, reporting periods only. Every period key is read by {@link Period}.
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
                Period.Week week = Period.Week.containing(date);
                yield new ReportingPeriod(week.toString(), week.start(), week.end());
            }
            case MONTHLY -> ReportingPeriod.of(Period.containing(date, Period.Kind.MONTH));
            case QUARTERLY -> ReportingPeriod.of(Period.containing(date, Period.Kind.QUARTER));
            case HALF_YEARLY -> {
                Period.Half half = Period.Half.containing(date);
                yield new ReportingPeriod(half.toString(), half.start(), half.end());
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
    public Optional<ReportingPeriod> lastDue(LocalDate start, LocalDate today, int dueDay) {
        ReportingPeriod p = periodOf(today);
        while (due(p, dueDay).isAfter(today)) {
            p = previous(p);
        }
        return p.end().isBefore(start) ? Optional.empty() : Optional.of(p);
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

    /**
     * A period's key in words (2026Q1 → 2026年第1季度 / 2026 Q1; 2026-01 → 2026年1月 / Jan 2026;
     * 2026-W05 → 2026年第5周 / 2026 week 5; 2026H1 → 2026年上半年 / 2026 H1); a key of no known form as it is.
     */
    public static String label(String key, Locale locale) {
        if (key == null) {
            return "";
        }
        Optional<Period.Week> week = Period.Week.parse(key);
        if (week.isPresent()) {
            return Messages.get(
                    locale,
                    "reportPeriod.week",
                    week.get().year() + "",
                    week.get().week() + "");
        }
        Optional<Period.Half> half = Period.Half.parse(key);
        if (half.isPresent()) {
            return Messages.get(
                    locale, "reportPeriod.half." + half.get().half(), half.get().year() + "");
        }
        Optional<Period> period = Period.parseExact(key);
        if (period.isPresent()) {
            Period p = period.get();
            return switch (p.kind()) {
                case MONTH ->
                    Messages.get(
                            locale,
                            "reportPeriod.month",
                            p.year() + "",
                            p.number() + "",
                            java.time.Month.of(p.number())
                                    .getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH));
                case QUARTER -> Messages.get(locale, "reportPeriod.quarter", p.year() + "", p.number() + "");
                case YEAR -> Messages.get(locale, "reportPeriod.year", key);
            };
        }
        return key;
    }
}
