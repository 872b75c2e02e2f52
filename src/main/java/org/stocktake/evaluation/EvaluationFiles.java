package org.stocktake.evaluation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;
import org.stocktake.shared.TextFiles;

/**
 * Framework files ({@code code,parent,level,direction,weight[,worst,best]}, more columns such as
 * names allowed) and data files ({@code unit,<indicator codes…>}), read and checked whole: every
 * problem is reported with its row and column, and nothing is returned from a bad file.
 */
public final class EvaluationFiles {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final List<String> FRAMEWORK_COLUMNS = List.of("code", "parent", "level", "direction", "weight");

    private EvaluationFiles() {
    }

    /** Plain decimal or exponent notation whose value is a finite double ({@code 1e400} is not). */
    public static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches() && Double.isFinite(Double.parseDouble(text));
    }

    /** Where a problem is: "行 3 列 weight" (the header is row 1). */
    static String where(CSVRecord record, String column) {
        return "行 " + (record.getRecordNumber() + 1) + (column == null ? "" : " 列 " + column);
    }

    static CSVParser parse(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.getFileName().toString(),
                    List.of(new Problem("文件 / file", "找不到文件 " + file, "no such file " + file)));
        }
        return parse(file.getFileName().toString(), TextFiles.read(file));
    }

    /** Parses CSV text with a header row; a byte-order mark is dropped. */
    static CSVParser parse(String name, String csv) throws IOException {
        String text = csv;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY).get();
        try {
            return CSVParser.parse(new StringReader(text), format);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name,
                    List.of(new Problem("行 1", "表头有误：" + e.getMessage(), "bad header: " + e.getMessage())));
        }
    }

    /** A framework file read and checked whole, with optional fixed frontier bounds per indicator. */
    public record FrameworkFile(Framework framework, Map<String, double[]> bounds) {

        public static FrameworkFile read(Path file) throws IOException {
            return read(file.getFileName().toString(), parse(file));
        }

        public static FrameworkFile read(String name, String csv) throws IOException {
            return read(name, parse(name, csv));
        }

        private static FrameworkFile read(String name, CSVParser csv) throws IOException {
            List<Problem> problems = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            List<CSVRecord> rows = new ArrayList<>();
            Map<String, double[]> bounds = new HashMap<>();
            boolean structureKnown = false;
            try (CSVParser parser = csv) {
                List<String> header = parser.getHeaderNames();
                FRAMEWORK_COLUMNS.stream().filter(c -> !header.contains(c)).forEach(c -> problems.add(new Problem(
                        "行 1 列 " + c, "缺少列 " + c, "missing column " + c)));
                List<CSVRecord> records = problems.isEmpty() ? parser.getRecords() : List.of();
                for (CSVRecord record : records) {
                    int before = problems.size();
                    node(record, header, problems).ifPresent(node -> {
                        nodes.add(node);
                        rows.add(record);
                    });
                    if (problems.size() == before) {
                        bounds(record, header, nodes.get(nodes.size() - 1), problems)
                                .ifPresent(b -> bounds.put(record.get("code"), b));
                    }
                }
                structureKnown = !records.isEmpty() && rows.size() == records.size();
            } catch (java.io.UncheckedIOException e) {
                problems.add(new Problem("行 ?", "CSV 格式有误：" + e.getMessage(), "malformed CSV: " + e.getMessage()));
            }
            if (structureKnown) {
                problems.addAll(Framework.check(nodes, (i, column) -> where(rows.get(i), column)));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(name, problems);
            }
            return new FrameworkFile(Framework.of(nodes), bounds);
        }

        private static Optional<Node> node(CSVRecord record, List<String> header, List<Problem> problems) {
            if (record.size() != header.size()) {
                problems.add(new Problem(where(record, null), "应有 " + header.size() + " 列，实有 " + record.size(),
                        "expected " + header.size() + " columns, found " + record.size()));
                return Optional.empty();
            }
            int before = problems.size();
            String code = record.get("code");
            String level = record.get("level");
            String direction = record.get("direction");
            String weight = record.get("weight");
            check(code.isEmpty(), record, "code", "代码为空", "the code is empty", problems);
            check(!level.matches("[1-9]\\d{0,2}"), record, "level", "层级应为正整数（1 = 指标），而非 “" + level + "”",
                    "the level must be a whole number from 1 (1 = indicator), not \"" + level + "\"", problems);
            check(!direction.matches("\\+?1|-1"), record, "direction", "方向应为 1（越大越好）或 -1（越小越好），而非 “"
                    + direction + "”", "the direction must be 1 (higher is better) or -1 (lower is better), not \""
                    + direction + "\"", problems);
            check(!isNumber(weight) || Double.parseDouble(weight) < 0, record, "weight", "权重应为不小于 0 的数，而非 “"
                    + weight + "”", "the weight must be a number of 0 or more, not \"" + weight + "\"", problems);
            if (code.isEmpty() || !level.matches("[1-9]\\d{0,2}")) {
                return Optional.empty();
            }
            // a bad direction or weight leaves the tree known: check it with neutral stand-ins
            boolean valid = problems.size() == before;
            return Optional.of(new Node(code, record.get("parent"), Integer.parseInt(level),
                    valid ? Integer.parseInt(direction.replace("+", "")) : 1, valid ? Double.parseDouble(weight) : 0));
        }

        private static void check(boolean wrong, CSVRecord record, String column, String zh, String en,
                                  List<Problem> problems) {
            if (wrong) {
                problems.add(new Problem(where(record, column), zh, en));
            }
        }

        private static Optional<double[]> bounds(CSVRecord record, List<String> header, Node node,
                                                           List<Problem> problems) {
            String worst = header.contains("worst") ? record.get("worst") : "";
            String best = header.contains("best") ? record.get("best") : "";
            if (worst.isEmpty() && best.isEmpty()) {
                return Optional.empty();
            }
            if (!isNumber(worst) || !isNumber(best) || !node.isIndicator()
                    || Math.signum(Double.parseDouble(best) - Double.parseDouble(worst)) != node.direction()) {
                problems.add(new Problem(where(record, "worst"), "worst 与 best 应同时为数，只用于指标，且顺序与方向一致",
                        "worst and best must both be numbers, only on indicators, ordered as the direction says"));
                return Optional.empty();
            }
            return Optional.of(new double[] {Double.parseDouble(worst), Double.parseDouble(best)});
        }
    }

    /** A data file read and checked whole against the framework's indicators. */
    public static final class DataFile {

        private DataFile() {
        }

        public static Dataset read(Path file, Framework framework) throws IOException {
            return read(file.getFileName().toString(), parse(file), framework);
        }

        public static Dataset read(String name, String csv, Framework framework) throws IOException {
            return read(name, parse(name, csv), framework);
        }

        private static Dataset read(String name, CSVParser csv, Framework framework) throws IOException {
            List<Problem> problems = new ArrayList<>();
            List<String> units = new ArrayList<>();
            Map<String, double[]> columns = new LinkedHashMap<>();
            try (CSVParser parser = csv) {
                List<String> header = parser.getHeaderNames();
                checkHeader(header, framework, problems);
                List<CSVRecord> records = parser.getRecords();
                framework.indicators().forEach(n -> columns.put(n.code(), new double[records.size()]));
                Set<String> seen = new HashSet<>();
                Set<String> present = new HashSet<>(header);
                for (CSVRecord record : records) {
                    readRow(record, header, present, columns, units.size(), problems);
                    String unit = record.size() > 0 ? record.get(0) : "";
                    if (unit.isEmpty() || !seen.add(unit)) {
                        problems.add(new Problem(where(record, "unit"), unit.isEmpty() ? "单位为空" : "单位 " + unit
                                + " 重复", unit.isEmpty() ? "the unit is empty" : "duplicate unit " + unit));
                    }
                    units.add(unit);
                }
            } catch (java.io.UncheckedIOException e) {
                problems.add(new Problem("行 ?", "CSV 格式有误：" + e.getMessage(), "malformed CSV: " + e.getMessage()));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(name, problems);
            }
            return new Dataset(units, columns);
        }

        private static void checkHeader(List<String> header, Framework framework, List<Problem> problems) {
            if (header.isEmpty() || !header.get(0).equals("unit")) {
                problems.add(new Problem("行 1 列 1", "第一列应为 unit", "the first column must be unit"));
            }
            Set<String> indicators = new LinkedHashSet<>();
            framework.indicators().forEach(n -> indicators.add(n.code()));
            for (String column : header.subList(Math.min(1, header.size()), header.size())) {
                if (!indicators.contains(column)) {
                    problems.add(new Problem("行 1 列 " + column, "列 " + column + " 不是指标体系中的指标",
                            "column " + column + " is not an indicator of the framework"));
                }
            }
            indicators.stream().filter(c -> !header.contains(c)).forEach(c -> problems.add(new Problem("行 1",
                    "缺少指标列 " + c, "missing indicator column " + c)));
        }

        private static void readRow(CSVRecord record, List<String> header, Set<String> present,
                                    Map<String, double[]> columns, int row, List<Problem> problems) {
            if (record.size() != header.size()) {
                problems.add(new Problem(where(record, null), "应有 " + header.size() + " 列，实有 " + record.size(),
                        "expected " + header.size() + " columns, found " + record.size()));
                return;
            }
            for (Map.Entry<String, double[]> column : columns.entrySet()) {
                if (!present.contains(column.getKey())) {
                    continue;
                }
                String text = record.get(column.getKey());
                if (text.isEmpty()) {
                    column.getValue()[row] = Double.NaN;
                } else if (isNumber(text)) {
                    column.getValue()[row] = Double.parseDouble(text);
                } else if (NUMBER.matcher(text).matches()) {
                    problems.add(new Problem(where(record, column.getKey()), "“" + text + "” 超出数值范围（约 ±1.8e308）",
                            "\"" + text + "\" is out of the range of numbers (about ±1.8e308)"));
                } else {
                    problems.add(new Problem(where(record, column.getKey()), "“" + text + "” 不是数（缺失请留空）",
                            "\"" + text + "\" is not a number (leave missing values blank)"));
                }
            }
        }
    }
}
