package org.stocktake.observations;

/** One value as an export writes it; flags as {@code a;b}. */
record ExportRow(
        String indicator, String region, String period, String value, String unit, String source, String flags) {}
