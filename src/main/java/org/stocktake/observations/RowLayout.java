package org.stocktake.observations;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each field sits in a file's header, for one dialect: plain (CSV and XLSX) or SDMX-CSV.
 * SDMX periods ({@code 2021-Q3}, {@code 2021-M07}) become ours ({@code 2021Q3}, {@code 2021-07}),
 * and OBS_STATUS codes become flags: P preliminary, E estimated, R revised, A (or blank) none.
 */
final class RowLayout {

    /** A field with its column name in a plain file and in SDMX-CSV (where the indicator's dimension varies). */
    enum Field {
        INDICATOR("indicator", null),
        REGION("region", "REF_AREA"),
        PERIOD("period", "TIME_PERIOD"),
        VALUE("value", "OBS_VALUE"),
        UNIT("unit", "UNIT_MEASURE"),
        SOURCE("source", "SOURCE"),
        FLAGS("flags", "OBS_STATUS");

        private final String plain;
        private final String sdmx;

        Field(String plain, String sdmx) {
            this.plain = plain;
            this.sdmx = sdmx;
        }
    }

    private static final List<Field> REQUIRED = List.of(Field.INDICATOR, Field.REGION, Field.PERIOD, Field.VALUE);
    private static final Map<String, String> SDMX_STATUS =
            Map.of("A", "", "P", "preliminary", "E", "estimated", "R", "revised");
    private static final List<String> SDMX_GAPS = List.of("M", "L", "O", "Q");

    private final boolean sdmx;
    private final Map<Field, String> names = new EnumMap<>(Field.class);
    private final Map<Field, Integer> index = new EnumMap<>(Field.class);

    private final String prefix;

    private RowLayout(boolean sdmx, String indicatorDimension, String prefix) {
        this.prefix = prefix;
        this.sdmx = sdmx;
        for (Field f : Field.values()) {
            names.put(f, !sdmx ? f.plain : f == Field.INDICATOR ? indicatorDimension : f.sdmx);
            index.put(f, -1);
        }
    }

    /**
     * The layout of a header row, or null after recording what is wrong with it. The dialect is
     * read from the header itself, never from a file name: SDMX-CSV when it names SDMX columns
     * ({@code REF_AREA}, {@code TIME_PERIOD}, {@code OBS_VALUE}), plain otherwise; a header that
     * mixes both is refused, since the file would mean different things read either way. The
     * prefix ({@code Sheet2!}) names the sheet in problems after the first.
     */
    static RowLayout of(String indicatorDimension, String[] header, ImportProblems problems, String prefix) {
        String dimension =
                indicatorDimension == null || indicatorDimension.isBlank() ? "INDICATOR" : indicatorDimension;
        List<String> names =
                java.util.Arrays.stream(header).map(RowLayout::headerName).toList();
        boolean sdmx = names.contains("ref_area") || names.contains("time_period") || names.contains("obs_value");
        boolean plain = names.contains("region") || names.contains("period") || names.contains("value");
        if (sdmx && plain) {
            problems.add(1, null, "data.header.mixed");
            return null;
        }
        RowLayout layout = new RowLayout(sdmx, dimension, prefix);
        for (int i = 0; i < names.size(); i++) {
            for (Field f : Field.values()) {
                if (layout.names.get(f).toLowerCase(Locale.ROOT).equals(names.get(i)) && layout.index.get(f) < 0) {
                    layout.index.put(f, i);
                }
            }
        }
        boolean complete = true;
        for (Field f : REQUIRED) {
            if (layout.index.get(f) < 0) {
                problems.add(1, layout.name(f), "data.header.missing", layout.name(f));
                complete = false;
            }
        }
        return complete ? layout : null;
    }

    /** A header cell as a column name: without a byte-order mark or an SDMX label ({@code REF_AREA: Area}). */
    private static String headerName(String cell) {
        String h = cell == null ? "" : cell.replace("\uFEFF", "");
        if (h.length() > 200) {
            return "";
        }
        return (h.contains(":") ? h.substring(0, h.indexOf(':')) : h).trim().toLowerCase(Locale.ROOT);
    }

    /** The dialect read from the header. */
    DataFormat dialect() {
        return sdmx ? DataFormat.SDMX : DataFormat.CSV;
    }

    String name(Field f) {
        return prefix + names.get(f);
    }

    /** The row's fields, or null for an SDMX row that records a gap (no value, status M/L/O/Q). */
    RawRow map(long row, String[] cells) {
        String value = cell(cells, Field.VALUE);
        String flags = cell(cells, Field.FLAGS);
        String period = cell(cells, Field.PERIOD);
        if (sdmx) {
            String status = flags.toUpperCase(Locale.ROOT);
            if ((value.isEmpty() || value.equalsIgnoreCase("NaN")) && SDMX_GAPS.contains(status)) {
                return null;
            }
            flags = SDMX_STATUS.getOrDefault(status, flags);
            period = sdmxPeriod(period);
        }
        return new RawRow(
                row,
                cell(cells, Field.INDICATOR),
                cell(cells, Field.REGION),
                period,
                value,
                cell(cells, Field.UNIT),
                cell(cells, Field.SOURCE),
                flags);
    }

    static String sdmxPeriod(String p) {
        if (p.length() == 7 && p.charAt(4) == '-' && p.charAt(5) == 'Q') {
            return p.substring(0, 4) + p.substring(5);
        }
        if (p.length() == 8 && p.charAt(4) == '-' && p.charAt(5) == 'M') {
            return p.substring(0, 5) + p.substring(6);
        }
        if (p.length() == 6 && p.endsWith("-A")) {
            return p.substring(0, 4);
        }
        return p;
    }

    /** Without leading and trailing spaces and tabs; other characters (NUL, line ends) stay to be refused. */
    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        return s.substring(from, to);
    }

    private String cell(String[] cells, Field f) {
        int i = index.get(f);
        return i < 0 || i >= cells.length || cells[i] == null ? "" : strip(cells[i]);
    }
}
