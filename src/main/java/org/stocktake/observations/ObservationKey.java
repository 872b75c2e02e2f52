package org.stocktake.observations;

/** Which value: an indicator, for a region, in a period ({@code 2021}, {@code 2021Q3}, {@code 2021-07}). */
public record ObservationKey(String indicator, String region, String period) {

    @Override
    public String toString() {
        return indicator + "/" + region + "/" + period;
    }
}
