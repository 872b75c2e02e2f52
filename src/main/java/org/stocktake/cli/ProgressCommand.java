package org.stocktake.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
import org.stocktake.cli.ProgressInput.TargetRow;
import org.stocktake.shared.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code progress}: the progress of any number of series in one batch, without the platform.
 * Reads {@code series,year,value} and {@code series,direction,base_year,target_year,target,limit}
 * (optional columns {@code indicator}, {@code high}, {@code med}, {@code low}); writes
 * {@code series,base_year,base_value,current_year,current_value,progress_value,score,status} with
 * numbers at full precision, or with {@code --level indicator}
 * {@code indicator,series_count,score,status}. Bad input is refused whole, every bad row named;
 * results are written as they are computed into a temporary file that is renamed at the end and
 * removed on any failure.
 */
@Command(name = "progress", mixinStandardHelpOptions = true)
final class ProgressCommand implements Callable<Integer> {

    static final List<String> RESULT_COLUMNS = List.of(
            "series", "base_year", "base_value", "current_year", "current_value", "progress_value", "score", "status");
    static final List<String> INDICATOR_COLUMNS = List.of("indicator", "series_count", "score", "status");

    @Option(names = "--series", required = true, paramLabel = "S.csv", descriptionKey = "cli.help.progress.series")
    Path seriesFile;

    @Option(names = "--targets", required = true, paramLabel = "T.csv", descriptionKey = "cli.help.progress.targets")
    Path targetsFile;

    @Option(
            names = "--method",
            defaultValue = "schedule",
            paramLabel = "opensdg|schedule",
            descriptionKey = "cli.help.progress.method")
    String method;

    @Option(names = "--margin", defaultValue = "0.05", descriptionKey = "cli.help.progress.margin")
    double margin;

    @Option(names = "--thresholds", paramLabel = "high=X,med=Y,low=Z", descriptionKey = "cli.help.progress.thresholds")
    String thresholds;

    @Option(
            names = "--growth-thresholds",
            paramLabel = "high=X,med=Y,low=Z",
            descriptionKey = "cli.help.progress.growth-thresholds")
    String growthThresholds;

    @Option(
            names = "--level",
            defaultValue = "series",
            paramLabel = "series|indicator",
            descriptionKey = "cli.help.progress.level")
    String level;

    @Option(names = "--out", required = true, paramLabel = "R.csv", descriptionKey = "cli.help.progress.out")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Method chosen = Method.parse(method)
                .filter(m -> m != Method.TREND)
                .orElseThrow(() -> usage(Messages.zh("cli.progress.method", method)));
        if (!(margin >= 0 && margin < 1)) {
            throw usage(Messages.zh("cli.progress.margin", margin));
        }
        boolean indicators = switch (level) {
            case "series" -> false;
            case "indicator" -> true;
            default -> throw usage(Messages.zh("cli.progress.level", level));
        };
        if (chosen != Method.OPENSDG && (indicators || thresholds != null || growthThresholds != null)) {
            throw usage(Messages.zh("cli.progress.opensdg-only"));
        }
        var options = new ProgressInput.OptionalThresholds(
                thresholds("--thresholds", thresholds, true),
                thresholds("--growth-thresholds", growthThresholds, false));

        ProgressInput.Problems problems = new ProgressInput.Problems();
        Set<String> named = new HashSet<>();
        List<TargetRow> targets = ProgressInput.readTargets(targetsFile, options, indicators, problems, named);
        Map<String, ProgressInput.Points> series = ProgressInput.readSeries(seriesFile, named, problems);
        problems.throwIfAny();
        int written = write(targets, series, chosen, indicators);
        spec.commandLine()
                .getOut()
                .println(Messages.zh(
                        indicators ? "cli.progress.wrote.indicators" : "cli.progress.wrote.series", written, out));
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** {@code high=X,med=Y,low=Z} (any subset) as overrides of sdg-build's defaults. */
    private OpenSdgProgress.Thresholds thresholds(String option, String text, boolean withTarget) {
        if (text == null) {
            return OpenSdgProgress.Thresholds.DEFAULTS;
        }
        Map<String, Double> given = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            String[] kv = part.split("=", -1);
            String key = kv[0].trim();
            if (kv.length != 2
                    || !List.of("high", "med", "low").contains(key)
                    || given.containsKey(key)
                    || !kv[1].trim().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")
                    || !Double.isFinite(Double.parseDouble(kv[1].trim()))) {
                throw usage(Messages.zh("cli.progress.thresholds", option, text));
            }
            given.put(key, Double.parseDouble(kv[1].trim()));
        }
        var t = new OpenSdgProgress.Thresholds(given.get("high"), given.get("med"), given.get("low"));
        if (!t.ordered(withTarget)) {
            double[] r = t.resolved(withTarget);
            throw usage(Messages.zh("cli.progress.order", option, r[0], r[1], r[2]));
        }
        return t;
    }

    /** Computes and writes each result as it goes; the temporary file never outlives a failure. */
    private int write(
            List<TargetRow> targets, Map<String, ProgressInput.Points> series, Method chosen, boolean indicators)
            throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".progress", ".csv");
        try {
            int written;
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(
                            writer,
                            CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                written = indicators
                        ? writeIndicators(printer, targets, series)
                        : writeSeries(printer, targets, series, chosen);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            return written;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private int writeSeries(
            CSVPrinter printer, List<TargetRow> targets, Map<String, ProgressInput.Points> series, Method chosen)
            throws IOException {
        printer.printRecord(RESULT_COLUMNS);
        Settings settings = new Settings(margin, 0.8);
        for (TargetRow t : targets) {
            List<Point> points = series.get(t.series()).sorted();
            printer.printRecord(chosen == Method.OPENSDG ? openSdg(t, points) : schedule(t, points, settings));
        }
        return targets.size();
    }

    private static int writeIndicators(
            CSVPrinter printer, List<TargetRow> targets, Map<String, ProgressInput.Points> series) throws IOException {
        Map<String, List<OpenSdgProgress.Result>> byIndicator = new LinkedHashMap<>();
        for (TargetRow t : targets) {
            byIndicator
                    .computeIfAbsent(t.indicator(), k -> new ArrayList<>())
                    .add(OpenSdgProgress.measure(
                            config(t), series.get(t.series()).sorted()));
        }
        printer.printRecord(INDICATOR_COLUMNS);
        for (Map.Entry<String, List<OpenSdgProgress.Result>> e : byIndicator.entrySet()) {
            OpenSdgProgress.IndicatorResult r = OpenSdgProgress.indicator(e.getValue());
            printer.printRecord(
                    e.getKey(), e.getValue().size(), text(r.score()), r.status().code());
        }
        return byIndicator.size();
    }

    private static OpenSdgProgress.Config config(TargetRow t) {
        return new OpenSdgProgress.Config(
                t.direction(), t.baseYear(), t.targetYear(), t.target(), t.limit(), t.thresholds());
    }

    private static List<String> openSdg(TargetRow t, List<Point> points) {
        OpenSdgProgress.Result r = OpenSdgProgress.measure(config(t), points);
        return List.of(
                t.series(),
                text(r.baseYear()),
                text(r.baseValue()),
                text(r.currentYear()),
                text(r.currentValue()),
                text(r.progressValue()),
                text(r.score()),
                r.status().code());
    }

    private static List<String> schedule(TargetRow t, List<Point> points, Settings settings) {
        TargetSpec spec;
        if (t.target() == null) {
            spec = new TargetSpec(
                    TargetKind.DIRECTION,
                    null,
                    null,
                    t.baseYear(),
                    null,
                    t.targetYear(),
                    t.direction(),
                    false,
                    null,
                    null);
        } else {
            Comparison c = t.direction() == Direction.POSITIVE ? Comparison.AT_LEAST : Comparison.AT_MOST;
            spec = TargetSpec.level(c, t.target(), t.baseYear(), null, t.targetYear());
        }
        int asOf = points.stream().mapToInt(Point::year).max().orElse(t.baseYear());
        Verdict v = VerdictEngine.assess(
                new VerdictInput(spec, Series.of(points), null, List.of(), asOf, Method.SCHEDULE, settings));
        Figures f = v.figures();
        Double gap = f.progress() != null && f.schedule() != null ? f.progress() - f.schedule() : null;
        return List.of(
                t.series(),
                text(f.baseYear()),
                text(f.baseValue()),
                text(f.latestYear()),
                text(f.latestValue()),
                text(f.progress()),
                text(gap),
                v.verdictClass().code());
    }

    /** A number at full precision; blank for none, and for a value that is not finite (never written). */
    private static String text(Number n) {
        if (n == null || (n instanceof Double d && !Double.isFinite(d))) {
            return "";
        }
        return n.toString();
    }
}
