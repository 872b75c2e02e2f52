package org.stocktake.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.stocktake.shared.Messages;

/** Dates in a report's words: 2026年12月1日 (as the 成文日期 of GB/T 9704 is written) or 1 December 2026. */
final class Dates {

    private Dates() {}

    static String day(LocalDate date, Locale locale) {
        return date == null
                ? "—"
                : DateTimeFormatter.ofPattern(Messages.get(locale, "reports.official.date-pattern"), locale)
                        .format(date);
    }
}
