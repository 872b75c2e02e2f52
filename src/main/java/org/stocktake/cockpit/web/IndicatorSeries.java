package org.stocktake.cockpit.web;

import java.util.List;
import org.stocktake.shared.LocalizedText;

/**
 * An indicator in one region over the years, as the indicator page draws it and
 * {@code /api/v1/indicators/{code}/series} serves it: observations with their sources, the plan's
 * target and trajectory, the trend projection, and the series breaks (first year of a new caliber).
 */
record IndicatorSeries(
        String indicator,
        LocalizedText name,
        String unit,
        String polarity,
        String region,
        LocalizedText regionName,
        Target target,
        List<Integer> breaks,
        List<Source> sources,
        List<SeriesRow> rows) {

    /** The plan target drawn as the target line: its value at the target year, on the indicator's scale. */
    record Target(
            String code,
            String kind,
            Double value,
            String unit,
            int year,
            Integer baselineYear,
            Double baselineValue,
            Double endValue) {

        /** The target as the plan writes it: {@code 12%}, {@code 59%}, {@code 3850万亩}. */
        public String valueText() {
            return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                    + (unit == null ? "" : unit);
        }
    }

    /** Where an observed value comes from. */
    record Source(String period, double value, String unit, String source) {}
}
