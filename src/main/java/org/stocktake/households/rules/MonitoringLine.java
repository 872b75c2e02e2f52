package org.stocktake.households.rules;

import java.time.LocalDate;

/**
 * A province's monitoring line for one year, as data: the per-capita yearly net income in fen
 * below which a household is at risk, the income window in months (income is counted over the
 * months before the month of the check), how many months in a row the income must stay above the
 * line for removal, and the date from which the line applies.
 */
public record MonitoringLine(
        String province, int year, long perCapitaFen, int windowMonths, int stableMonths, LocalDate effectiveFrom) {

    public MonitoringLine {
        if (perCapitaFen <= 0 || windowMonths < 1 || stableMonths < 1) {
            throw new IllegalArgumentException("line, window and stable months must be positive");
        }
    }
}
