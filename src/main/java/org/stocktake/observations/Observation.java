package org.stocktake.observations;

import java.math.BigDecimal;

/**
 * One published value with the words of its source, and the number of the revision it is
 * (0 when not read from the store).
 */
public record Observation(
        String indicator, String region, String period, BigDecimal value, String unit, String source, int revision) {

    public Observation(String indicator, String region, String period, BigDecimal value, String unit, String source) {
        this(indicator, region, period, value, unit, source, 0);
    }
}
