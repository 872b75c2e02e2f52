package org.stocktake.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * The usual division-of-labour table (序号, 重点任务, 牵头单位, 责任单位, 完成时限, 成果形式) as XLSX.
 * Units are given by code or Chinese name, co-units separated by 、，,； ; 完成时限 is a date
 * (2025-12-31), 2025年12月底前, 2025年底前, or 持续推进 / 长期坚持. A 序号 like 3.2 makes a sub-task of 3
 * where there is a task 3 (the Hunan plan's K03.1 has none: its 03 is an article).
 */
final class TaskWorkbook {

    static final List<String> HEADER = List.of("序号", "重点任务", "牵头单位", "责任单位", "完成时限", "成果形式");
    static final String ONGOING = "持续推进";
    static final String LONG_TERM = "长期坚持";
    static final String SHEET = "任务分工";
    /** Marks after a 序号 ("1、", "2．") and between unit names ("甲、乙；丙"), and the mark that joins them on export. */
    static final String CODE_SUFFIX = "[、.．]$";

    static final String UNIT_SEPARATORS = "[、，,；;]";
    static final String UNIT_JOIN = "、";
    private static final DataFormatter FORMAT = new DataFormatter();
    private static final Pattern MONTH_END = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:底|末)?(?:前)?");
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})年(?:底|末)?(?:前)?");

    /**
     * One row as read: its code, the code its parent would have (3 for 3.2; whether there is such
     * a task, before or after it in the table or in the plan, is the importer's to say) and fields.
     */
    record Row6(
            String code,
            String parent,
            String title,
            String lead,
            List<String> coUnits,
            LocalDate deadline,
            String deliverable) {}

    private TaskWorkbook() {}

    /** Reads and checks every row; throws with every problem found, naming row and column. */
    static List<Row6> read(String source, InputStream in, Function<String, Optional<String>> unitCode) {
        List<Problem> problems = new ArrayList<>();
        List<Row6> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            checkHeader(sheet.getRow(0), problems);
            List<String> codes = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || blank(row)) {
                    continue;
                }
                Row6 read = row(row, unitCode, problems, codes);
                if (read != null) {
                    rows.add(read);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(source, List.of(Problem.of(source, "tasks.workbook.unreadable")));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of(source, "tasks.workbook.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        return rows;
    }

    private static void checkHeader(Row header, List<Problem> problems) {
        for (int i = 0; i < HEADER.size(); i++) {
            String found = header == null ? "" : cell(header, i);
            if (!HEADER.get(i).equals(found)) {
                problems.add(Problem.of(
                        Messages.zh("where.row-column", 1, column(i)), "tasks.workbook.header", HEADER.get(i), found));
            }
        }
    }

    private static Row6 row(
            Row row, Function<String, Optional<String>> unitCode, List<Problem> problems, List<String> codes) {
        String where = Messages.zh("where.row-column", row.getRowNum() + 1, "");
        int before = problems.size();
        String code = cell(row, 0).replaceAll(CODE_SUFFIX, "");
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            problems.add(Problem.of(where + "A", "tasks.workbook.code", code));
        } else if (codes.contains(code)) {
            problems.add(Problem.of(where + "A", "tasks.workbook.code-duplicate", code));
        }
        codes.add(code);
        String parent = code.contains(".") ? code.substring(0, code.lastIndexOf('.')) : null;
        String title = cell(row, 1);
        if (title.isEmpty()) {
            problems.add(Problem.of(where + "B", "tasks.workbook.text"));
        }
        String leadText = cell(row, 2);
        String lead = leadText.isEmpty() ? null : unit(leadText, unitCode, where + "C", problems);
        List<String> co = new ArrayList<>();
        for (String name : Arrays.stream(cell(row, 3).split(UNIT_SEPARATORS))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList()) {
            co.add(unit(name, unitCode, where + "D", problems));
        }
        LocalDate deadline = deadline(cell(row, 4), where + "E", problems);
        return problems.size() > before
                ? null
                : new Row6(code, parent, title, lead, co, deadline, emptyToNull(cell(row, 5)));
    }

    private static String unit(
            String text, Function<String, Optional<String>> unitCode, String where, List<Problem> problems) {
        return unitCode.apply(text).orElseGet(() -> {
            problems.add(Problem.of(where, "tasks.workbook.unit", text));
            return null;
        });
    }

    static LocalDate deadline(String text, String where, List<Problem> problems) {
        if (text.isEmpty() || text.equals(ONGOING) || text.equals(LONG_TERM) || text.equalsIgnoreCase("ongoing")) {
            return null;
        }
        Matcher month = MONTH_END.matcher(text);
        Matcher year = YEAR_END.matcher(text);
        try {
            if (month.matches()) {
                return LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1)
                        .plusMonths(1)
                        .minusDays(1);
            }
            if (year.matches()) {
                return LocalDate.of(Integer.parseInt(year.group(1)), 12, 31);
            }
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            problems.add(Problem.of(where, "tasks.workbook.deadline", text));
            return null;
        }
    }

    /** Writes tasks as the table; units as their Chinese names. */
    static byte[] write(List<Task> tasks, Map<String, String> unitNames) {
        try (Workbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int r = 1;
            for (Task t : tasks) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(t.code());
                row.createCell(1).setCellValue(t.title());
                row.createCell(2).setCellValue(t.lead() == null ? "" : unitNames.getOrDefault(t.lead(), t.lead()));
                row.createCell(3)
                        .setCellValue(String.join(
                                UNIT_JOIN,
                                t.coUnits().stream()
                                        .map(u -> unitNames.getOrDefault(u, u))
                                        .toList()));
                row.createCell(4)
                        .setCellValue(
                                t.deadline() == null ? ONGOING : t.deadline().toString());
                row.createCell(5).setCellValue(t.deliverable() == null ? "" : t.deliverable());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean blank(Row row) {
        for (int i = 0; i < HEADER.size(); i++) {
            if (!cell(row, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(Row row, int column) {
        return row.getCell(column) == null
                ? ""
                : FORMAT.formatCellValue(row.getCell(column)).trim();
    }

    private static String column(int i) {
        return String.valueOf((char) ('A' + i));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
