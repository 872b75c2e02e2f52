package org.stocktake.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of commitment policy text makes (PRODUCT.md, "The target grammar"). */
public enum TargetKind {
    @JsonProperty("level")
    LEVEL,
    @JsonProperty("annual_growth")
    ANNUAL_GROWTH,
    @JsonProperty("annual_increment")
    ANNUAL_INCREMENT,
    @JsonProperty("maintain")
    MAINTAIN,
    @JsonProperty("floor")
    FLOOR,
    @JsonProperty("ceiling")
    CEILING,
    @JsonProperty("direction")
    DIRECTION,
    @JsonProperty("parity")
    PARITY,
    @JsonProperty("rank")
    RANK,
    @JsonProperty("qualitative")
    QUALITATIVE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
