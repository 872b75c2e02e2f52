package org.stocktake.observations;

import java.math.BigDecimal;

/** A row that passed every check, normalised: unit filled in, flags as a PostgreSQL array literal. */
record CheckedRow(
        long row,
        String indicator,
        String region,
        String period,
        BigDecimal value,
        String unit,
        String source,
        String flags,
        long key) {

    int indicatorNumber() {
        return (int) (key >>> 33);
    }

    int regionNumber() {
        return (int) (key >>> 13 & 0xFFFFF);
    }
}
