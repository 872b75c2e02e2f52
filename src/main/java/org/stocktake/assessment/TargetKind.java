package org.stocktake.assessment;

import java.util.Locale;

/** The kinds of commitment in the target grammar (PRODUCT.md), each judged by its own calculator. */
public enum TargetKind {
    LEVEL,
    ANNUAL_GROWTH,
    ANNUAL_INCREMENT,
    MAINTAIN,
    FLOOR,
    CEILING,
    DIRECTION,
    PARITY,
    RANK,
    QUALITATIVE;

    /** The code used in plan files: {@code level}, {@code annual_growth}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
