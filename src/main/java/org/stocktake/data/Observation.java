package org.stocktake.data;

import java.math.BigDecimal;

/** One published value with the words of its source. */
public record Observation(String indicator, String region, String period, BigDecimal value, String unit, String source) {
}
