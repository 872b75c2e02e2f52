package org.stocktake.supervision;

import org.stocktake.shared.LocalizedText;

/**
 * Reporting completeness of a unit or a region, as DHIS2 shows reporting rates: of the progress
 * reports that fell due in a window, how many came in at all and how many by their due day.
 *
 * @param code the unit's or the region's code
 * @param name its name in both languages
 * @param due reports that fell due
 * @param submitted of those, reports that came in (at any time)
 * @param onTime of those, reports that came in by their due day
 */
public record ReportingRate(String code, LocalizedText name, int due, int submitted, int onTime) {

    /** The share of due reports that came in; null when nothing fell due. */
    public Double reportingRate() {
        return due == 0 ? null : (double) submitted / due;
    }

    /** The share of due reports that came in on time; null when nothing fell due. */
    public Double onTimeRate() {
        return due == 0 ? null : (double) onTime / due;
    }
}
