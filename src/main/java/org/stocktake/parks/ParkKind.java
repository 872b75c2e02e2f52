package org.stocktake.parks;

import java.util.Arrays;
import java.util.Optional;

/** The park's type: 经开区, 高新区, 产业园区, 综合保税区. */
public enum ParkKind {
    ETDZ,
    HTZ,
    INDUSTRIAL,
    BONDED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<ParkKind> of(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
