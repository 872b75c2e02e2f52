package org.stocktake.indicators;

import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Period;

/**
 * A series break (口径调整): from {@code from} on, the indicator is measured on a new caliber, and
 * values before and after are not comparable. A yearly break applies to the quarters and months
 * of that year too.
 */
public record SeriesBreak(String indicator, Period from, LocalizedText note) {

    public SeriesBreak {
        if (indicator == null || indicator.isBlank() || from == null || note == null) {
            throw new IllegalArgumentException("a series break needs an indicator, a period and a note");
        }
    }

    /** Whether the period lies on the new caliber (starts at or after the break's start). */
    public boolean appliesTo(Period period) {
        return !period.start().isBefore(from.start());
    }
}
