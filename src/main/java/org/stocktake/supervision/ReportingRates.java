package org.stocktake.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * Reporting completeness in a window (reports due from {@code from} to {@code to}, both included)
 * per lead unit and per region of the unit, each list by name; what the supervision page and the
 * bulletin show. Data (indicator values) carry no due days in the platform, so only progress
 * reports are counted.
 */
public record ReportingRates(LocalDate from, LocalDate to, List<ReportingRate> units, List<ReportingRate> regions) {

    public ReportingRates {
        units = List.copyOf(units);
        regions = List.copyOf(regions);
    }
}
