package org.stocktake.verdicts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * The cells of a decomposition file (CSV in UTF-8 or GB18030, or the first sheet of an XLSX
 * workbook, told apart by the bytes): a header naming the columns, then one row a region target.
 * Reading problems are added to the list with the row and column; nothing is checked against the
 * plan here.
 */
final class DecompositionFile {

    static final List<String> REQUIRED = List.of("target", "region", "value", "year", "source");

    /** A data row: its number in the file (the header is row 1) and its cells, named by the header. */
    record Line(long row, List<String> values, Map<String, Integer> columns) {

        String get(String column) {
            Integer c = columns.get(column);
            String v = c == null || c >= values.size() ? null : values.get(c);
            return v == null ? "" : v.trim();
        }

        /** Row and column in a file; the field's name for a form's one row ({@code row} 0). */
        String where(String column) {
            return row == 0 ? column : Messages.zh("where.row-column", row, column);
        }
    }

    private DecompositionFile() {}

    /** Reads the file and gives each data row to {@code sink}, one at a time; returns how many there were. */
    static long read(byte[] bytes, List<Problem> problems, Consumer<Line> sink) {
        try {
            if (isXlsx(bytes)) {
                return rows(xlsx(bytes).iterator(), problems, sink);
            }
            String text = decode(bytes);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
                Iterator<CSVRecord> records = parser.iterator();
                return rows(
                        new Iterator<>() {
                            @Override
                            public boolean hasNext() {
                                return records.hasNext();
                            }

                            @Override
                            public String[] next() {
                                return records.next().values();
                            }
                        },
                        problems,
                        sink);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of(Messages.zh("where.row", 1), "verdicts.decompose.unreadable"));
            return 0;
        }
    }

    private static long rows(Iterator<String[]> table, List<Problem> problems, Consumer<Line> sink) {
        if (!table.hasNext()) {
            problems.add(Problem.of(Messages.zh("where.row", 1), "verdicts.decompose.empty"));
            return 0;
        }
        String[] header = table.next();
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            if (header[c] != null) {
                columns.putIfAbsent(header[c].replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), c);
            }
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(
                    Problem.of(Messages.zh("where.row", 1), "verdicts.decompose.columns", String.join(", ", missing)));
            return 0;
        }
        long row = 1;
        long lines = 0;
        while (table.hasNext()) {
            String[] values = table.next();
            row++;
            if (!blank(values)) {
                sink.accept(new Line(row, java.util.Arrays.asList(values), columns));
                lines++;
            }
        }
        if (lines == 0) {
            problems.add(Problem.of(Messages.zh("where.row", 2), "verdicts.decompose.empty"));
        }
        return lines;
    }

    private static boolean isXlsx(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** UTF-8 when the bytes are valid UTF-8, GB18030 otherwise. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return Charset.forName("GB18030")
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        }
    }

    private static List<String[]> xlsx(byte[] bytes) throws IOException {
        List<String[]> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                int width = row == null ? 0 : Math.max(0, row.getLastCellNum());
                String[] values = new String[width];
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    values[c] = cell == null ? null : format.formatCellValue(cell);
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static boolean blank(String[] values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
