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

    /**
     * Where a published value comes from: its source, the exact words it was read from
     * ({@code quote}), its reliability class ({@code A}, {@code B}, {@code C}; null when not
     * classified), the statement a derived value rests on ({@code derivation}), whether a verdict
     * may rest on it ({@code usable}: false for a class C value not yet confirmed) and who
     * confirmed a class C value and when (null until then); for an unconfirmed restatement, the
     * earlier value verdicts keep using ({@code inUse}, null otherwise).
     */
    record Source(
            String period,
            double value,
            String unit,
            String source,
            String quote,
            String reliability,
            String derivation,
            boolean usable,
            String confirmedBy,
            java.time.Instant confirmedAt,
            Double inUse) {

        /** The message key of the reliability class in words. */
        public String reliabilityKey() {
            return reliability == null
                    ? "data.reliability.none"
                    : "data.reliability." + reliability.toLowerCase(java.util.Locale.ROOT);
        }

        /** The day a class C value was confirmed, in China's time, or null. */
        public java.time.LocalDate confirmedOn() {
            return confirmedAt == null
                    ? null
                    : confirmedAt.atOffset(java.time.ZoneOffset.ofHours(8)).toLocalDate();
        }

        public boolean derived() {
            return derivation != null;
        }

        /** A class C value waiting for confirmation: shown, marked, used by no verdict. */
        public boolean unconfirmed() {
            return !usable;
        }
    }
}
