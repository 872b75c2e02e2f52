package org.stocktake.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 约束性 (binding) or 预期性 (expected). */
public enum Attribute {
    @JsonProperty("binding")
    BINDING,
    @JsonProperty("expected")
    EXPECTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
