package org.stocktake.parks;

import java.util.Arrays;
import java.util.Optional;

/** 国家级 or 省级. */
public enum ParkLevel {
    NATIONAL,
    PROVINCIAL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<ParkLevel> of(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
