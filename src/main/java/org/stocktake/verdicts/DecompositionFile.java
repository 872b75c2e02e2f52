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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
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

    /** A data row: its number in the file (the header is row 1) and its cells by column name. */
    record Line(long row, Map<String, String> cells) {

        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }

        /** Row and column in a file; the field's name for a form's one row ({@code row} 0). */
        String where(String column) {
            return row == 0 ? column : Messages.zh("where.row-column", row, column);
        }
    }

    private DecompositionFile() {}

    static List<Line> read(byte[] bytes, List<Problem> problems) {
        List<String[]> table;
        try {
            table = isXlsx(bytes) ? xlsx(bytes) : csv(bytes);
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of(Messages.zh("where.row", 1), "verdicts.decompose.unreadable"));
            return List.of();
        }
        if (table.isEmpty()) {
            problems.add(Problem.of(Messages.zh("where.row", 1), "verdicts.decompose.empty"));
            return List.of();
        }
        String[] header = table.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            if (header[c] != null) {
                columns.putIfAbsent(header[c].trim().toLowerCase(Locale.ROOT), c);
            }
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(Problem.of(Messages.zh("where.row", 1), "verdicts.decompose.columns", String.join(", ", missing)));
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            String[] values = table.get(r);
            if (blank(values)) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            columns.forEach((name, c) -> cells.put(name, c < values.length ? values[c] : null));
            lines.add(new Line(r + 1L, cells));
        }
        if (lines.isEmpty()) {
            problems.add(Problem.of(Messages.zh("where.row", 2), "verdicts.decompose.empty"));
        }
        return lines;
    }

    private static boolean isXlsx(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static List<String[]> csv(byte[] bytes) throws IOException {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            rows.add(r.values());
        }
        return rows;
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
