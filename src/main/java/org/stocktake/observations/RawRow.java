package org.stocktake.observations;

/** One data row of a file as text, mapped to our fields; flags as {@code a;b}. */
record RawRow(
        long row,
        String indicator,
        String region,
        String period,
        String value,
        String unit,
        String source,
        String flags) {}
