package org.stocktake.evaluation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;
import org.stocktake.shared.TextFiles;

/**
 * Framework files ({@code code,parent,level,direction,weight[,worst,best][,normalise]}, more
 * columns such as names allowed; {@code normalise} names an indicator's own normalisation as
 * {@link Methods#normalisation} reads it, blank for the evaluation's default) and data files ({@code unit,<indicator codes…>}), read and checked whole: every
 * problem is reported with its row and column, and nothing is returned from a bad file.
 */
public final class EvaluationFiles {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final List<String> FRAMEWORK_COLUMNS = List.of("code", "parent", "level", "direction", "weight");

    private EvaluationFiles() {}

    /** Plain decimal or exponent notation whose value is a finite double ({@code 1e400} is not). */
    public static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches() && Double.isFinite(Double.parseDouble(text));
    }

    /** Where a problem is: "行 3 列 weight" (the header is row 1). */
    static String where(CSVRecord record, String column) {
        return column == null
                ? Messages.zh("where.row", record.getRecordNumber() + 1)
                : Messages.zh("where.row-column", record.getRecordNumber() + 1, column);
    }

    static CSVParser parse(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(
                    file.getFileName().toString(),
                    List.of(Problem.of(Messages.zh("evaluation.where.file"), "evaluation.no-file", file)));
        }
        return parse(file.getFileName().toString(), TextFiles.read(file));
    }

    /** Parses CSV text with a header row; a byte-order mark is dropped. */
    static CSVParser parse(String name, String csv) throws IOException {
        String text = csv;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
                .get();
        try {
            return CSVParser.parse(new StringReader(text), format);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    name, List.of(Problem.of(Messages.zh("where.row", 1), "evaluation.bad-header", e.getMessage())));
        }
    }

    /**
     * A framework file read and checked whole, with optional fixed frontier bounds per indicator and
     * the indicators' own normalisations (those with a non-blank {@code normalise} cell).
     */
    public record FrameworkFile(
            Framework framework, Map<String, double[]> bounds, Map<String, Normalisation> normalisations) {

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
            Map<String, Normalisation> normalisations = new HashMap<>();
            boolean structureKnown = false;
            try (CSVParser parser = csv) {
                List<String> header = parser.getHeaderNames();
                FRAMEWORK_COLUMNS.stream()
                        .filter(c -> !header.contains(c))
                        .forEach(c -> problems.add(
                                Problem.of(Messages.zh("where.row-column", 1, c), "evaluation.missing-column", c)));
                List<CSVRecord> records = problems.isEmpty() ? parser.getRecords() : List.of();
                for (CSVRecord record : records) {
                    int before = problems.size();
                    node(record, header, problems).ifPresent(node -> {
                        nodes.add(node);
                        rows.add(record);
                    });
                    if (problems.size() == before) {
                        Node node = nodes.get(nodes.size() - 1);
                        Optional<double[]> fixed = bounds(record, header, node, problems);
                        fixed.ifPresent(b -> bounds.put(node.code(), b));
                        normalisation(record, header, node, fixed.orElse(null), problems)
                                .ifPresent(n -> normalisations.put(node.code(), n));
                    }
                }
                structureKnown = !records.isEmpty() && rows.size() == records.size();
            } catch (java.io.UncheckedIOException e) {
                problems.add(Problem.of(
                        Messages.zh("evaluation.where.row-unknown"), "evaluation.malformed", e.getMessage()));
            }
            if (structureKnown) {
                problems.addAll(Framework.check(nodes, (i, column) -> where(rows.get(i), column)));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(name, problems);
            }
            return new FrameworkFile(Framework.of(nodes), bounds, normalisations);
        }

        private static Optional<Normalisation> normalisation(
                CSVRecord record, List<String> header, Node node, double[] bounds, List<Problem> problems) {
            String text = header.contains("normalise") ? record.get("normalise") : "";
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (!node.isIndicator()) {
                problems.add(Problem.of(where(record, "normalise"), "evaluation.normalise-aggregate", text));
                return Optional.empty();
            }
            try {
                return Optional.of(Methods.normalisation(text, bounds));
            } catch (Methods.Invalid e) {
                problems.add(Problem.of(where(record, "normalise"), e.key(), e.args()));
                return Optional.empty();
            }
        }

        private static Optional<Node> node(CSVRecord record, List<String> header, List<Problem> problems) {
            if (record.size() != header.size()) {
                problems.add(Problem.of(where(record, null), "evaluation.columns", header.size(), record.size()));
                return Optional.empty();
            }
            int before = problems.size();
            String code = record.get("code");
            String level = record.get("level");
            String direction = record.get("direction");
            String weight = record.get("weight");
            check(code.isEmpty(), record, "code", problems, "evaluation.code-empty");
            check(!level.matches("[1-9]\\d{0,2}"), record, "level", problems, "evaluation.level", level);
            check(!direction.matches("\\+?1|-1"), record, "direction", problems, "evaluation.direction", direction);
            check(
                    !isNumber(weight) || Double.parseDouble(weight) < 0,
                    record,
                    "weight",
                    problems,
                    "evaluation.weight",
                    weight);
            if (code.isEmpty() || !level.matches("[1-9]\\d{0,2}")) {
                return Optional.empty();
            }
            // a bad direction or weight leaves the tree known: check it with neutral stand-ins
            boolean valid = problems.size() == before;
            return Optional.of(new Node(
                    code,
                    record.get("parent"),
                    Integer.parseInt(level),
                    valid ? Integer.parseInt(direction.replace("+", "")) : 1,
                    valid ? Double.parseDouble(weight) : 0));
        }

        private static void check(
                boolean wrong, CSVRecord record, String column, List<Problem> problems, String key, Object... args) {
            if (wrong) {
                problems.add(Problem.of(where(record, column), key, args));
            }
        }

        private static Optional<double[]> bounds(
                CSVRecord record, List<String> header, Node node, List<Problem> problems) {
            String worst = header.contains("worst") ? record.get("worst") : "";
            String best = header.contains("best") ? record.get("best") : "";
            if (worst.isEmpty() && best.isEmpty()) {
                return Optional.empty();
            }
            if (!isNumber(worst)
                    || !isNumber(best)
                    || !node.isIndicator()
                    || Math.signum(Double.parseDouble(best) - Double.parseDouble(worst)) != node.direction()) {
                problems.add(Problem.of(where(record, "worst"), "evaluation.bounds"));
                return Optional.empty();
            }
            return Optional.of(new double[] {Double.parseDouble(worst), Double.parseDouble(best)});
        }
    }

    /** A data file read and checked whole against the framework's indicators. */
    public static final class DataFile {

        private DataFile() {}

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
                        problems.add(Problem.of(
                                where(record, "unit"),
                                unit.isEmpty() ? "evaluation.unit-empty" : "evaluation.unit-duplicate",
                                unit));
                    }
                    units.add(unit);
                }
            } catch (java.io.UncheckedIOException e) {
                problems.add(Problem.of(
                        Messages.zh("evaluation.where.row-unknown"), "evaluation.malformed", e.getMessage()));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(name, problems);
            }
            return new Dataset(units, columns);
        }

        private static void checkHeader(List<String> header, Framework framework, List<Problem> problems) {
            if (header.isEmpty() || !header.get(0).equals("unit")) {
                problems.add(Problem.of(Messages.zh("where.row-column", 1, 1), "evaluation.first-column"));
            }
            Set<String> indicators = new LinkedHashSet<>();
            framework.indicators().forEach(n -> indicators.add(n.code()));
            for (String column : header.subList(Math.min(1, header.size()), header.size())) {
                if (!indicators.contains(column)) {
                    problems.add(
                            Problem.of(Messages.zh("where.row-column", 1, column), "evaluation.not-indicator", column));
                }
            }
            indicators.stream()
                    .filter(c -> !header.contains(c))
                    .forEach(c ->
                            problems.add(Problem.of(Messages.zh("where.row", 1), "evaluation.missing-indicator", c)));
        }

        private static void readRow(
                CSVRecord record,
                List<String> header,
                Set<String> present,
                Map<String, double[]> columns,
                int row,
                List<Problem> problems) {
            if (record.size() != header.size()) {
                problems.add(Problem.of(where(record, null), "evaluation.columns", header.size(), record.size()));
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
                    problems.add(Problem.of(where(record, column.getKey()), "evaluation.beyond", text));
                } else {
                    problems.add(Problem.of(where(record, column.getKey()), "evaluation.not-number", text));
                }
            }
        }
    }
}
