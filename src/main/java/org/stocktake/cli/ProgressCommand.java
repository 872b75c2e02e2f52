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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.stocktake.assessment.Comparison;
import org.stocktake.assessment.Direction;
import org.stocktake.assessment.Figures;
import org.stocktake.assessment.Method;
import org.stocktake.assessment.OpenSdgProgress;
import org.stocktake.assessment.Point;
import org.stocktake.assessment.Series;
import org.stocktake.assessment.Settings;
import org.stocktake.assessment.TargetKind;
import org.stocktake.assessment.TargetSpec;
import org.stocktake.assessment.Verdict;
import org.stocktake.assessment.VerdictEngine;
import org.stocktake.assessment.VerdictInput;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code progress}: the progress of any number of series in one batch, without the platform.
 * Reads {@code series,year,value} and {@code series,direction,base_year,target_year,target,limit};
 * writes {@code series,base_year,base_value,current_year,current_value,progress_value,score,status}
 * with numbers at full precision. Bad input is refused whole, every bad row named.
 */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = {"按序列批量计算进展 / progress of many series in one batch.",
                "S.csv: a blank value is a gap; a year may be a period like 2015-16 (its first year counts).",
                "opensdg: Open SDG / Statistics Canada progress measure (progress_value = ratio or CAGR, score −5…5).",
                "schedule: completion (progress_value) vs time-proportional schedule; score = progress − schedule;"
                        + " status = achieved_early|ahead|on_track|lagging|deteriorating|insufficient_data;"
                        + " the base year must have a value; limit is not used."})
final class ProgressCommand implements Callable<Integer> {

    static final List<String> SERIES_COLUMNS = List.of("series", "year", "value");
    static final List<String> TARGET_COLUMNS = List.of("series", "direction", "base_year", "target_year", "target", "limit");
    static final List<String> RESULT_COLUMNS = List.of("series", "base_year", "base_value", "current_year",
            "current_value", "progress_value", "score", "status");

    @Option(names = "--series", required = true, paramLabel = "S.csv", description = "series,year,value")
    Path seriesFile;

    @Option(names = "--targets", required = true, paramLabel = "T.csv",
            description = "series,direction,base_year,target_year,target,limit (target, limit may be blank)")
    Path targetsFile;

    @Option(names = "--method", defaultValue = "schedule", paramLabel = "opensdg|schedule",
            description = "方法 / method (default ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--margin", defaultValue = "0.05",
            description = "schedule 方法的容差 / schedule margin as a share (default ${DEFAULT-VALUE})")
    double margin;

    @Option(names = "--out", required = true, paramLabel = "R.csv", description = "结果文件 / result file")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    record TargetRow(String series, Direction direction, int baseYear, int targetYear, Double target, Double limit) {
    }

    @Override
    public Integer call() throws IOException {
        Method chosen = Method.parse(method).filter(m -> m != Method.TREND).orElseThrow(() ->
                new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "未知方法 / unknown method: " + method + " (opensdg, schedule)"));
        if (!(margin >= 0 && margin < 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--margin 须在 [0, 1) 之内 / --margin must be in [0, 1): " + margin);
        }
        Problems problems = new Problems();
        Map<String, List<Point>> series = readSeries(seriesFile, problems);
        List<TargetRow> targets = readTargets(targetsFile, problems);
        problems.throwIfAny();
        List<List<String>> rows = new ArrayList<>();
        for (TargetRow t : targets) {
            List<Point> points = series.getOrDefault(t.series(), List.of());
            rows.add(chosen == Method.OPENSDG ? openSdg(t, points) : schedule(t, points, new Settings(margin, 0.8)));
        }
        write(rows);
        spec.commandLine().getOut().println("已写出 " + rows.size() + " 个序列的结果 / wrote " + rows.size()
                + " series to " + out);
        return 0;
    }

    private static List<String> openSdg(TargetRow t, List<Point> points) {
        var config = new OpenSdgProgress.Config(t.direction(), t.baseYear(), t.targetYear(), t.target(), t.limit());
        OpenSdgProgress.Result r = OpenSdgProgress.measure(config, points);
        return List.of(t.series(), text(r.baseYear()), text(r.baseValue()), text(r.currentYear()),
                text(r.currentValue()), text(r.progressValue()), text(r.score()), r.status().code());
    }

    private static List<String> schedule(TargetRow t, List<Point> points, Settings settings) {
        TargetSpec spec;
        if (t.target() == null) {
            spec = new TargetSpec(TargetKind.DIRECTION, null, null, t.baseYear(), null, t.targetYear(),
                    t.direction(), false, null, null);
        } else {
            Comparison c = t.direction() == Direction.POSITIVE ? Comparison.AT_LEAST : Comparison.AT_MOST;
            spec = TargetSpec.level(c, t.target(), t.baseYear(), null, t.targetYear());
        }
        int asOf = points.stream().mapToInt(Point::year).max().orElse(t.baseYear());
        Verdict v = VerdictEngine.assess(new VerdictInput(spec, Series.of(points), null, List.of(), asOf,
                Method.SCHEDULE, settings));
        Figures f = v.figures();
        Double gap = f.progress() != null && f.schedule() != null ? f.progress() - f.schedule() : null;
        return List.of(t.series(), text(f.baseYear()), text(f.baseValue()), text(f.latestYear()),
                text(f.latestValue()), text(f.progress()), text(gap), v.verdictClass().code());
    }

    private void write(List<List<String>> rows) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".progress", ".csv");
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(RESULT_COLUMNS);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String text(Number n) {
        if (n == null || n instanceof Double d && Double.isNaN(d)) {
            return "";
        }
        return n.toString();
    }

    static Map<String, List<Point>> readSeries(Path file, Problems problems) throws IOException {
        Map<String, List<Point>> series = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : problems.rows(file, SERIES_COLUMNS)) {
            String name = row.required("series");
            Integer year = row.year("year", true);
            Double value = row.number("value");
            if (name == null || year == null || value == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(name + "\u0000" + year, row.line());
            if (first != null) {
                row.problem("year", "序列 " + name + " 的 " + year + " 年重复（首见于行 " + first + "）",
                        "duplicate year " + year + " for series " + name + " (first on row " + first + ")");
                continue;
            }
            series.computeIfAbsent(name, k -> new ArrayList<>()).add(new Point(year, value));
        }
        return series;
    }

    static List<TargetRow> readTargets(Path file, Problems problems) throws IOException {
        List<TargetRow> targets = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : problems.rows(file, TARGET_COLUMNS)) {
            String name = row.required("series");
            Direction direction = row.direction("direction");
            Integer base = row.year("base_year", false);
            Integer year = row.year("target_year", false);
            Double target = row.number("target");
            Double limit = row.number("limit");
            if (base != null && year != null && year <= base) {
                row.problem("target_year", "目标年份 " + year + " 须晚于基期 " + base,
                        "target year " + year + " must be after the base year " + base);
                year = null;
            }
            Integer first = name == null ? null : seen.putIfAbsent(name, row.line());
            if (first != null) {
                row.problem("series", "序列 " + name + " 重复（首见于行 " + first + "）",
                        "series " + name + " appears twice (first on row " + first + ")");
            }
            if (row.clean() && name != null && direction != null && base != null && year != null && first == null) {
                targets.add(new TargetRow(name, direction, base, year, target, limit));
            }
        }
        return targets;
    }

    /** The problems found in both input files; refused whole when there is any. */
    static final class Problems {
        private final Map<String, List<Problem>> byFile = new LinkedHashMap<>();

        List<Row> rows(Path file, List<String> columns) throws IOException {
            String name = file.getFileName().toString();
            List<Problem> list = byFile.computeIfAbsent(name, k -> new ArrayList<>());
            if (!Files.isRegularFile(file)) {
                list.add(new Problem("文件", "找不到文件 " + file, "no such file: " + file));
                return List.of();
            }
            String content = Files.readString(file, StandardCharsets.UTF_8);
            content = content.startsWith("\uFEFF") ? content.substring(1) : content;
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
                List<String> missing = columns.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
                for (String column : missing) {
                    list.add(new Problem("行 1 列 " + column, "缺少列 " + column, "missing column " + column));
                }
                if (!missing.isEmpty()) {
                    return List.of();
                }
                List<Row> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    rows.add(new Row(record, (int) parser.getCurrentLineNumber(), list));
                }
                return rows;
            } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
                list.add(new Problem("文件", "不是有效的 CSV：" + e.getMessage(), "not valid CSV: " + e.getMessage()));
                return List.of();
            }
        }

        void throwIfAny() {
            List<String> bad = byFile.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
            if (bad.size() == 1) {
                throw new InvalidInputException(bad.get(0), byFile.get(bad.get(0)));
            }
            if (bad.size() > 1) {
                List<Problem> all = new ArrayList<>();
                byFile.forEach((file, list) -> list.forEach(p -> all.add(new Problem(file + " " + p.where(), p.zh(), p.en()))));
                throw new InvalidInputException(String.join(", ", bad), all);
            }
        }
    }

    /** One data row, checking its cells and recording problems as "行 n 列 c". */
    static final class Row {
        private final CSVRecord record;
        private final int line;
        private final List<Problem> problems;
        private boolean clean = true;

        Row(CSVRecord record, int line, List<Problem> problems) {
            this.record = record;
            this.line = line;
            this.problems = problems;
        }

        int line() {
            return line;
        }

        boolean clean() {
            return clean;
        }

        void problem(String column, String zh, String en) {
            clean = false;
            problems.add(new Problem("行 " + line + " 列 " + column, zh, en));
        }

        private String cell(String column) {
            return record.isSet(column) ? record.get(column).trim() : "";
        }

        String required(String column) {
            String v = cell(column);
            if (v.isEmpty()) {
                problem(column, "不能为空", "must not be blank");
                return null;
            }
            return v;
        }

        /** A four-digit year; with {@code period}, a reference period such as 2015-16 counts as its first year. */
        Integer year(String column, boolean period) {
            String v = required(column);
            if (v != null && v.matches(period ? "\\d{4}(-\\d{2}|-\\d{4})?" : "\\d{4}")) {
                return Integer.parseInt(v.substring(0, 4));
            }
            if (v != null) {
                problem(column, "“" + v + "”不是四位年份", "'" + v + "' is not a four-digit year");
            }
            return null;
        }

        /** A finite number; blank gives null (a gap in a series, or no target or limit). */
        Double number(String column) {
            String v = cell(column);
            if (v.isEmpty()) {
                return null;
            }
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d) && !v.matches("(?i).*[a-z&&[^e]].*")) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(column, "“" + v + "”不是有限数值", "'" + v + "' is not a finite number");
            return null;
        }

        Direction direction(String column) {
            String v = required(column);
            Direction d = v == null ? null : Direction.parse(v).orElse(null);
            if (v != null && d == null) {
                problem(column, "“" + v + "”应为 positive 或 negative", "'" + v + "' must be positive or negative");
            }
            return d;
        }
    }
}
