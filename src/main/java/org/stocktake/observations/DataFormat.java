package org.stocktake.observations;

import java.util.Locale;
import java.util.Optional;

/** File formats for imports and exports. */
public enum DataFormat {
    /** {@code indicator,region,period,value,unit,source,flags}, UTF-8, header row. */
    CSV,
    /** The same columns on the sheets of a workbook, each with its header row (Excel holds 1,048,576 rows a sheet). */
    XLSX,
    /** SDMX-CSV: {@code DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS}. */
    SDMX;

    public static Optional<DataFormat> of(String name) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        if (n.equals("SDMX-CSV") || n.equals("SDMX_CSV")) {
            return Optional.of(SDMX);
        }
        for (DataFormat f : values()) {
            if (f.name().equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Guesses from the file name: {@code .xlsx}, {@code .sdmx.csv} or anything else as CSV. */
    public static DataFormat guess(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            return XLSX;
        }
        return n.endsWith(".sdmx.csv") || n.endsWith(".sdmx") ? SDMX : CSV;
    }
}
