package org.stocktake.observations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Streaming writers for the three formats; each reads back with the importer of the same format. */
final class ExportWriters {

    static final String DATAFLOW = "STOCKTAKE:OBSERVATIONS(1.0)";
    private static final String[] PLAIN = {"indicator", "region", "period", "value", "unit", "source", "flags"};
    private static final String[] SDMX = {
        "DATAFLOW", "INDICATOR", "REF_AREA", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "SOURCE"
    };

    interface RowWriter extends AutoCloseable {
        void write(ExportRow row) throws IOException;

        @Override
        void close() throws IOException;
    }

    private ExportWriters() {}

    static RowWriter open(DataFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> new Csv(out, false);
            case SDMX -> new Csv(out, true);
            case XLSX -> new Xlsx(out);
        };
    }

    /** SDMX period form: {@code 2021-Q3} for our {@code 2021Q3}; years and months are the same. */
    static String sdmxPeriod(String period) {
        return period.length() == 6 && period.charAt(4) == 'Q'
                ? period.substring(0, 4) + "-" + period.substring(4)
                : period;
    }

    /** One OBS_STATUS code for the flags: P preliminary, E estimated, R revised, A none. */
    static String obsStatus(String flags) {
        if (flags.contains("preliminary")) {
            return "P";
        }
        if (flags.contains("estimated")) {
            return "E";
        }
        return flags.contains("revised") ? "R" : "A";
    }

    /**
     * A text cell as a spreadsheet will not run it: one that starts with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return gets a leading single quote (OWASP's advice
     * against CSV injection). Only text cells: the value column is a number from the database and
     * stays a number, so {@code -3.5} is written as {@code -3.5}.
     */
    static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    private static final class Csv implements RowWriter {
        private final boolean sdmx;
        private final CSVPrinter printer;

        Csv(OutputStream out, boolean sdmx) throws IOException {
            this.sdmx = sdmx;
            Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            this.printer = new CSVPrinter(
                    writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            printer.printRecord((Object[]) (sdmx ? SDMX : PLAIN));
        }

        @Override
        public void write(ExportRow r) throws IOException {
            if (sdmx) {
                printer.printRecord(
                        DATAFLOW,
                        text(r.indicator()),
                        text(r.region()),
                        text(sdmxPeriod(r.period())),
                        r.value(),
                        text(r.unit()),
                        obsStatus(r.flags()),
                        text(r.source()));
            } else {
                printer.printRecord(
                        text(r.indicator()),
                        text(r.region()),
                        text(r.period()),
                        r.value(),
                        text(r.unit()),
                        text(r.source()),
                        text(r.flags()));
            }
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    /** A workbook, streamed; a new sheet (with its header) every {@link #SHEET_ROWS} rows, Excel's limit. */
    private static final class Xlsx implements RowWriter {
        static final int SHEET_ROWS = 1_048_576;
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private Sheet sheet;
        private int next;

        Xlsx(OutputStream out) {
            this.out = out;
            workbook.setCompressTempFiles(true);
            newSheet();
        }

        private void newSheet() {
            int n = workbook.getNumberOfSheets();
            sheet = workbook.createSheet(n == 0 ? "observations" : "observations-" + (n + 1));
            next = 0;
            Row header = sheet.createRow(next++);
            for (int i = 0; i < PLAIN.length; i++) {
                header.createCell(i).setCellValue(PLAIN[i]);
            }
        }

        @Override
        public void write(ExportRow r) {
            if (next == SHEET_ROWS) {
                newSheet();
            }
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(r.indicator());
            row.createCell(1).setCellValue(r.region());
            row.createCell(2).setCellValue(r.period());
            row.createCell(3).setCellValue(new BigDecimal(r.value()).doubleValue());
            row.createCell(4).setCellValue(r.unit());
            row.createCell(5).setCellValue(r.source());
            row.createCell(6).setCellValue(r.flags());
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
                out.flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                workbook.close();
            }
        }
    }
}
