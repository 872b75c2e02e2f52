package org.stocktake.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a target's value binds: 达到/以上 (at least), 以内 (at most), or exactly. */
public enum Comparator {
    @JsonProperty("at_least")
    AT_LEAST,
    @JsonProperty("at_most")
    AT_MOST,
    @JsonProperty("equal")
    EQUAL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
