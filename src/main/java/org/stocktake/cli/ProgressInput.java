package org.stocktake.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stocktake.assessment.Direction;
import org.stocktake.assessment.OpenSdgProgress;
import org.stocktake.assessment.Point;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;
import org.stocktake.shared.TextFiles;

/**
 * The two input files of {@code progress}, read as streams (encoding detected) and checked whole:
 * the targets first, then the series rows, keeping only the points of series that have a target,
 * in primitive arrays. Memory stays within a small multiple of the input; every bad row is named.
 */
final class ProgressInput {

    static final List<String> SERIES_COLUMNS = List.of("series", "year", "value");
    static final List<String> TARGET_COLUMNS =
            List.of("series", "direction", "base_year", "target_year", "target", "limit");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{2}|-\\d{4})?");
    /** At most this many problems are kept per file; the rest are counted. */
    static final int MAX_PROBLEMS = 1000;

    /**
     * One series' configuration; blank cells take sdg-build's defaults (direction negative, base
     * year 2015, target year 2030); {@code thresholds} are the row's own (null entries: the option's).
     */
    record TargetRow(
            String series,
            Direction direction,
            int baseYear,
            int targetYear,
            Double target,
            Double limit,
            String indicator,
            OpenSdgProgress.Thresholds thresholds) {}

    /** The points of one series as read, growing by doubling. */
    static final class Points {
        private int[] years = new int[4];
        private double[] values = new double[4];
        private int[] lines = new int[4];
        private int size;

        void add(int year, double value, int line) {
            if (size == years.length) {
                years = Arrays.copyOf(years, size * 2);
                values = Arrays.copyOf(values, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
            }
            years[size] = year;
            values[size] = value;
            lines[size++] = line;
        }

        /** The points in year order. */
        List<Point> sorted() {
            List<Point> points = new ArrayList<>(size);
            for (int i : order()) {
                points.add(new Point(years[i], values[i]));
            }
            return points;
        }

        private Integer[] order() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(
                    order,
                    (a, b) -> years[a] != years[b]
                            ? Integer.compare(years[a], years[b])
                            : Integer.compare(lines[a], lines[b]));
            return order;
        }

        /** Reports every year given twice, at its later row. */
        void checkDuplicates(String name, FileProblems problems) {
            Integer[] order = order();
            for (int k = 1; k < order.length; k++) {
                int first = order[k - 1];
                int again = order[k];
                if (years[first] == years[again]) {
                    problems.add(Problem.of(
                            Messages.zh("where.row-column", lines[again], "year"),
                            "cli.progress.duplicate-year",
                            name,
                            years[again],
                            lines[first]));
                }
            }
        }
    }

    private ProgressInput() {}

    /**
     * The target rows, in file order; {@code names} receives every series named, in good rows or bad.
     * With {@code needIndicator} (the indicator level), every row must name its indicator.
     */
    static List<TargetRow> readTargets(
            Path file, OptionalThresholds options, boolean needIndicator, Problems problems, Set<String> names)
            throws IOException {
        List<TargetRow> targets = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        problems.rows(file, TARGET_COLUMNS, row -> {
            String name = row.required("series");
            Direction direction = row.direction("direction");
            Integer base = row.yearOr("base_year", OpenSdgProgress.Config.DEFAULT_BASE_YEAR);
            Integer year = row.yearOr("target_year", OpenSdgProgress.Config.DEFAULT_TARGET_YEAR);
            Double target = row.number("target");
            Double limit = row.number("limit");
            String indicator = needIndicator ? row.required("indicator") : row.optional("indicator");
            OpenSdgProgress.Thresholds thresholds = options.forRow(row, target != null);
            if (base != null && year != null && year <= base) {
                row.problem("target_year", "cli.progress.target-year", year, base);
            }
            Integer first = name == null ? null : seen.putIfAbsent(name, row.line());
            if (name != null) {
                names.add(name);
            }
            if (first != null) {
                row.problem("series", "cli.progress.duplicate-series", name, first);
            }
            if (row.clean()) {
                targets.add(new TargetRow(name, direction, base, year, target, limit, indicator, thresholds));
            }
        });
        return targets;
    }

    /** The points of the named series; rows of other series are checked but not kept. */
    static Map<String, Points> readSeries(Path file, Iterable<String> wanted, Problems problems) throws IOException {
        Map<String, Points> series = new HashMap<>();
        wanted.forEach(name -> series.put(name, new Points()));
        problems.rows(file, SERIES_COLUMNS, row -> {
            String name = row.required("series");
            Integer year = row.year("year", true);
            Double value = row.number("value");
            Points points = name == null ? null : series.get(name);
            if (points != null && year != null && value != null && row.clean()) {
                points.add(year, value, row.line());
            }
        });
        series.forEach((name, points) -> points.checkDuplicates(name, problems.of(file)));
        return series;
    }

    /** Thresholds from the command line, overridden per row by optional high, med and low columns. */
    record OptionalThresholds(OpenSdgProgress.Thresholds withTarget, OpenSdgProgress.Thresholds withoutTarget) {

        OpenSdgProgress.Thresholds forRow(Row row, boolean hasTarget) {
            OpenSdgProgress.Thresholds option = hasTarget ? withTarget : withoutTarget;
            Double high = row.number("high");
            Double med = row.number("med");
            Double low = row.number("low");
            OpenSdgProgress.Thresholds t = new OpenSdgProgress.Thresholds(
                    high != null ? high : option.high(),
                    med != null ? med : option.med(),
                    low != null ? low : option.low());
            if (!t.ordered(hasTarget)) {
                double[] r = t.resolved(hasTarget);
                row.problem(
                        high != null ? "high" : med != null ? "med" : "low",
                        "cli.progress.threshold-order",
                        r[0],
                        r[1],
                        r[2]);
            }
            return t;
        }
    }

    /** The problems found in the input files, by file; refused whole when there is any. */
    static final class Problems {
        private final Map<String, FileProblems> byFile = new LinkedHashMap<>();

        FileProblems of(Path file) {
            return byFile.computeIfAbsent(file.getFileName().toString(), k -> new FileProblems());
        }

        /** Streams the data rows of a file with the given columns to {@code each}. */
        void rows(Path file, List<String> columns, Consumer<Row> each) throws IOException {
            FileProblems list = of(file);
            if (!Files.isRegularFile(file)) {
                list.add(Problem.of(Messages.zh("cli.where.file"), "cli.progress.no-file", file));
                return;
            }
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setTrim(true)
                    .setIgnoreEmptyLines(true)
                    .get();
            try (Reader reader = TextFiles.open(file);
                    CSVParser parser = CSVParser.parse(reader, format)) {
                List<String> missing = columns.stream()
                        .filter(c -> !parser.getHeaderNames().contains(c))
                        .toList();
                for (String column : missing) {
                    list.add(Problem.of(
                            Messages.zh("where.row-column", 1, column), "cli.progress.missing-column", column));
                }
                if (!missing.isEmpty()) {
                    return;
                }
                for (CSVRecord record : parser) {
                    each.accept(new Row(record, (int) parser.getCurrentLineNumber(), list));
                }
            } catch (InvalidInputException e) {
                e.problems().forEach(list::add);
            } catch (UncheckedIOException | IllegalArgumentException e) {
                String why = e instanceof UncheckedIOException u && u.getCause() != null
                        ? u.getCause().getMessage()
                        : e.getMessage();
                list.add(Problem.of(Messages.zh("cli.where.file"), "cli.progress.bad-csv", why));
            }
        }

        void throwIfAny() {
            List<String> bad = byFile.entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty())
                    .map(Map.Entry::getKey)
                    .toList();
            if (bad.size() == 1) {
                throw new InvalidInputException(
                        bad.get(0), byFile.get(bad.get(0)).list());
            }
            if (bad.size() > 1) {
                List<Problem> all = new ArrayList<>();
                byFile.forEach((file, list) ->
                        list.list().forEach(p -> all.add(new Problem(file + " " + p.where(), p.zh(), p.en()))));
                throw new InvalidInputException(String.join(", ", bad), all);
            }
        }
    }

    /** The problems of one file, the first {@value #MAX_PROBLEMS} kept and the rest counted. */
    static final class FileProblems {
        private final List<Problem> kept = new ArrayList<>();
        private long more;

        void add(Problem problem) {
            if (kept.size() < MAX_PROBLEMS) {
                kept.add(problem);
            } else {
                more++;
            }
        }

        boolean isEmpty() {
            return kept.isEmpty();
        }

        List<Problem> list() {
            if (more == 0) {
                return kept;
            }
            List<Problem> all = new ArrayList<>(kept);
            all.add(Problem.of("…", "cli.progress.more", more));
            return all;
        }
    }

    /** One data row, checking its cells and recording problems as "行 n 列 c". */
    static final class Row {
        private final CSVRecord record;
        private final int line;
        private final FileProblems problems;
        private boolean clean = true;

        Row(CSVRecord record, int line, FileProblems problems) {
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

        void problem(String column, String key, Object... args) {
            clean = false;
            problems.add(Problem.of(Messages.zh("where.row-column", line, column), key, args));
        }

        private String cell(String column) {
            return record.isSet(column) ? record.get(column).trim() : "";
        }

        String required(String column) {
            String v = cell(column);
            if (v.isEmpty()) {
                problem(column, "cli.progress.blank");
                return null;
            }
            return v;
        }

        /** The cell of an optional column; null when blank or when the file has no such column. */
        String optional(String column) {
            String v = cell(column);
            return v.isEmpty() ? null : v;
        }

        /** A four-digit year; with {@code period}, a reference period such as 2015-16 counts as its first year. */
        Integer year(String column, boolean period) {
            String v = required(column);
            return v == null ? null : parseYear(column, v, period);
        }

        /** A four-digit year, or {@code fallback} when the cell is blank (sdg-build's default). */
        Integer yearOr(String column, int fallback) {
            String v = cell(column);
            return v.isEmpty() ? Integer.valueOf(fallback) : parseYear(column, v, false);
        }

        private Integer parseYear(String column, String v, boolean period) {
            if ((period ? PERIOD : YEAR).matcher(v).matches()) {
                return Integer.parseInt(v.substring(0, 4));
            }
            problem(column, "cli.progress.year", v);
            return null;
        }

        /** A finite number; blank gives null (a gap in a series, or no target or limit). */
        Double number(String column) {
            String v = cell(column);
            if (v.isEmpty()) {
                return null;
            }
            if (NUMBER.matcher(v).matches()) {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) {
                    return d;
                }
                problem(column, "cli.progress.beyond", v);
                return null;
            }
            problem(column, "cli.progress.not-finite", v);
            return null;
        }

        /** positive or negative; blank is sdg-build's default, negative. */
        Direction direction(String column) {
            String v = cell(column);
            if (v.isEmpty()) {
                return OpenSdgProgress.Config.DEFAULT_DIRECTION;
            }
            Direction d = Direction.parse(v).orElse(null);
            if (d == null) {
                problem(column, "cli.progress.direction", v);
            }
            return d;
        }
    }
}
