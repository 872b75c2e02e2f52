package org.stocktake.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The way a directional target must move: 提高 (increase) or 降低/减少 (decrease). */
public enum Direction {
    @JsonProperty("increase")
    INCREASE,
    @JsonProperty("decrease")
    DECREASE
}
