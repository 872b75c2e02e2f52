package org.stocktake.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.stocktake.evaluation.Aggregation;
import org.stocktake.evaluation.Dataset;
import org.stocktake.evaluation.Evaluation;
import org.stocktake.evaluation.Evaluator;
import org.stocktake.evaluation.Framework;
import org.stocktake.evaluation.Node;
import org.stocktake.evaluation.Normalisation;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: a composite index from a data file and a framework file, without the platform
 * (no Spring, no database). Writes {@code normalised.csv} and {@code aggregated.csv}, or nothing.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"综合评价：标准化、逐级加权汇总、排名 / composite evaluation: normalise, aggregate, rank.",
                "D.csv: unit,<指标代码 indicator codes…>（空 = 缺失 / blank = missing）",
                "F.csv: code,parent,level,direction,weight[,worst,best]（level 1 = 指标 indicator；顶层无 parent / "
                        + "the top node has no parent; worst,best = frontier 的固定边界 / fixed frontier bounds）"})
final class EvaluateCommand implements Callable<Integer> {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final List<String> FRAMEWORK_COLUMNS = List.of("code", "parent", "level", "direction", "weight");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "D.csv", description = "指标数据 / indicator data")
    Path data;

    @Option(names = "--framework", required = true, paramLabel = "F.csv", description = "指标体系 / framework")
    Path framework;

    @Option(names = "--normalise", defaultValue = "minmax:0:100", paramLabel = "METHOD",
            description = "minmax:L:U | zscore:M:S | rank | efficacy | frontier (默认 / default ${DEFAULT-VALUE})")
    String normalise;

    @Option(names = "--aggregate", defaultValue = "amean", paramLabel = "MEAN",
            description = "amean | gmean | hmean (默认 / default ${DEFAULT-VALUE})")
    String aggregate;

    @Option(names = "--data-threshold", defaultValue = "0", paramLabel = "SHARE",
            description = "子项有值比例低于此值时汇总值缺失 / an aggregate is missing when the share of its children "
                    + "with values is below this (0–1, 默认 / default ${DEFAULT-VALUE})")
    double dataThreshold;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录 / output directory")
    Path out;

    @Override
    public Integer call() throws IOException {
        Aggregation aggregation = aggregation();
        String[] method = normalise.trim().split(":", -1);
        normalisation(method, null);
        FrameworkFile frameworkFile = FrameworkFile.read(framework);
        Map<String, Normalisation> normalisations = new LinkedHashMap<>();
        for (Node indicator : frameworkFile.framework().indicators()) {
            normalisations.put(indicator.code(), normalisation(method, frameworkFile.bounds().get(indicator.code())));
        }
        Dataset dataset = DataFile.read(data, frameworkFile.framework());
        Evaluation result = Evaluator.evaluate(frameworkFile.framework(), dataset, normalisations, aggregation);
        Files.createDirectories(out);
        Path normalised = write(out, result, result.normalised(), false);
        Path aggregated;
        try {
            aggregated = write(out, result, result.aggregated(), true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(normalised);
            throw e;
        }
        Files.move(normalised, out.resolve("normalised.csv"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(aggregated, out.resolve("aggregated.csv"), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("已写入 / wrote " + out.resolve("normalised.csv") + ", " + out.resolve("aggregated.csv")
                + " (" + dataset.units().size() + " 个单位 units, " + result.normalised().size() + " 项指标 indicators, "
                + result.aggregated().size() + " 个汇总 aggregates)");
        return 0;
    }

    private Aggregation aggregation() {
        if (!(dataThreshold >= 0 && dataThreshold <= 1)) {
            throw usage("--data-threshold 应在 0 到 1 之间 / must be within 0 and 1: " + dataThreshold);
        }
        Aggregation.Mean mean = switch (aggregate.trim()) {
            case "amean" -> Aggregation.Mean.ARITHMETIC;
            case "gmean" -> Aggregation.Mean.GEOMETRIC;
            case "hmean" -> Aggregation.Mean.HARMONIC;
            default -> throw usage("未知的汇总方法 / unknown --aggregate: " + aggregate + " (amean, gmean, hmean)");
        };
        return new Aggregation(mean, dataThreshold);
    }

    /** The normalisation named by {@code --normalise}; {@code bounds} are an indicator's fixed worst and best. */
    private Normalisation normalisation(String[] method, double[] bounds) {
        try {
            return switch (method[0]) {
                case "minmax" -> new Normalisation.MinMax(parameter(method, 1, 0), parameter(method, 2, 100));
                case "zscore" -> new Normalisation.ZScore(parameter(method, 1, 0), parameter(method, 2, 1));
                case "rank" -> noParameters(method, new Normalisation.Rank());
                case "efficacy" -> noParameters(method, new Normalisation.Efficacy());
                case "frontier" -> noParameters(method, bounds == null ? Normalisation.Frontier.observed()
                        : new Normalisation.Frontier(bounds[0], bounds[1]));
                default -> throw usage("未知的标准化方法 / unknown --normalise: " + normalise);
            };
        } catch (IllegalArgumentException e) {
            throw usage("--normalise " + normalise + ": " + e.getMessage());
        }
    }

    private Normalisation noParameters(String[] method, Normalisation normalisation) {
        if (method.length > 1) {
            throw usage("--normalise " + method[0] + " 不带参数 / takes no parameters: " + normalise);
        }
        return normalisation;
    }

    private double parameter(String[] method, int index, double fallback) {
        if (method.length == 1) {
            return fallback;
        }
        if (method.length != 3 || !NUMBER.matcher(method[index].trim()).matches()) {
            throw usage("--normalise " + method[0] + " 需要两个数 / needs two numbers, e.g. "
                    + method[0] + (method[0].equals("minmax") ? ":0:100" : ":0:1") + ", got " + normalise);
        }
        return Double.parseDouble(method[index].trim());
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Writes one result table to a temporary file in {@code dir}, so that a failure leaves no half file. */
    private static Path write(Path dir, Evaluation result, Map<String, double[]> columns, boolean withRank)
            throws IOException {
        Path file = Files.createTempFile(dir, ".evaluate-", ".csv");
        List<String> header = new ArrayList<>(List.of("unit"));
        header.addAll(columns.keySet());
        if (withRank) {
            header.add("rank");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(header);
            int[] ranks = result.ranks();
            for (int u = 0; u < result.units().size(); u++) {
                List<String> row = new ArrayList<>(List.of(result.units().get(u)));
                for (double[] column : columns.values()) {
                    row.add(Double.isNaN(column[u]) ? "" : Double.toString(column[u]));
                }
                if (withRank) {
                    row.add(ranks[u] == 0 ? "" : Integer.toString(ranks[u]));
                }
                printer.printRecord(row);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
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
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(false).get();
        try {
            return CSVParser.parse(new StringReader(text), format);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file.getFileName().toString(),
                    List.of(new Problem("行 1", "表头有误：" + e.getMessage(), "bad header: " + e.getMessage())));
        }
    }

    /** A framework file read and checked whole, with optional fixed frontier bounds per indicator. */
    record FrameworkFile(Framework framework, Map<String, double[]> bounds) {

        static FrameworkFile read(Path file) throws IOException {
            List<Problem> problems = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            List<CSVRecord> rows = new ArrayList<>();
            Map<String, double[]> bounds = new HashMap<>();
            boolean structureKnown = false;
            try (CSVParser parser = parse(file)) {
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
                throw new InvalidInputException(file.getFileName().toString(), problems);
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
    static final class DataFile {

        private DataFile() {
        }

        static Dataset read(Path file, Framework framework) throws IOException {
            List<Problem> problems = new ArrayList<>();
            List<String> units = new ArrayList<>();
            Map<String, double[]> columns = new LinkedHashMap<>();
            try (CSVParser parser = parse(file)) {
                List<String> header = parser.getHeaderNames();
                checkHeader(header, framework, problems);
                List<CSVRecord> records = parser.getRecords();
                framework.indicators().forEach(n -> columns.put(n.code(), new double[records.size()]));
                Set<String> seen = new LinkedHashSet<>();
                for (CSVRecord record : records) {
                    readRow(record, header, columns, units.size(), problems);
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
                throw new InvalidInputException(file.getFileName().toString(), problems);
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

        private static void readRow(CSVRecord record, List<String> header, Map<String, double[]> columns, int row,
                                    List<Problem> problems) {
            if (record.size() != header.size()) {
                problems.add(new Problem(where(record, null), "应有 " + header.size() + " 列，实有 " + record.size(),
                        "expected " + header.size() + " columns, found " + record.size()));
                return;
            }
            for (Map.Entry<String, double[]> column : columns.entrySet()) {
                if (!header.contains(column.getKey())) {
                    continue;
                }
                String text = record.get(column.getKey());
                if (text.isEmpty()) {
                    column.getValue()[row] = Double.NaN;
                } else if (isNumber(text)) {
                    column.getValue()[row] = Double.parseDouble(text);
                } else {
                    problems.add(new Problem(where(record, column.getKey()), "“" + text + "” 不是数（缺失请留空）",
                            "\"" + text + "\" is not a number (leave missing values blank)"));
                }
            }
        }
    }
}
