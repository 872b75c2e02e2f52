package org.stocktake.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stocktake.evaluation.Aggregation;
import org.stocktake.evaluation.Dataset;
import org.stocktake.evaluation.Evaluation;
import org.stocktake.evaluation.EvaluationFiles;
import org.stocktake.evaluation.Evaluator;
import org.stocktake.evaluation.Framework;
import org.stocktake.evaluation.Methods;
import org.stocktake.evaluation.Node;
import org.stocktake.evaluation.Normalisation;
import org.stocktake.evaluation.Outranking;
import org.stocktake.evaluation.Sensitivity;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: a composite index from a data file and a framework file, without the platform
 * (no Spring, no database). Writes {@code normalised.csv} and {@code aggregated.csv}, with
 * {@code --aggregate outranking} also {@code outranking.csv}, with {@code --runs N} also {@code
 * uncertainty.csv} (each unit's median rank and 5–95% interval over N seeded runs drawing weights,
 * normalisation and aggregation among the alternatives), or nothing.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true)
final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "D.csv", descriptionKey = "cli.help.evaluate.data")
    Path data;

    @Option(
            names = "--framework",
            required = true,
            paramLabel = "F.csv",
            descriptionKey = "cli.help.evaluate.framework")
    Path framework;

    @Option(
            names = "--normalise",
            defaultValue = "minmax:0:100",
            paramLabel = "METHOD",
            descriptionKey = "cli.help.evaluate.normalise")
    String normalise;

    @Option(
            names = "--aggregate",
            defaultValue = "amean",
            paramLabel = "MEAN",
            descriptionKey = "cli.help.evaluate.aggregate")
    String aggregate;

    @Option(
            names = "--data-threshold",
            defaultValue = "0",
            paramLabel = "SHARE",
            descriptionKey = "cli.help.evaluate.data-threshold")
    double dataThreshold;

    @Option(names = "--runs", defaultValue = "0", paramLabel = "N", descriptionKey = "cli.help.evaluate.runs")
    int runs;

    @Option(
            names = "--weight-variation",
            defaultValue = "0.25",
            paramLabel = "V",
            descriptionKey = "cli.help.evaluate.weight-variation")
    double weightVariation;

    @Option(
            names = "--normalise-alternatives",
            paramLabel = "M1,M2",
            descriptionKey = "cli.help.evaluate.normalise-alternatives")
    String normaliseAlternatives;

    @Option(
            names = "--aggregate-alternatives",
            paramLabel = "A1,A2",
            descriptionKey = "cli.help.evaluate.aggregate-alternatives")
    String aggregateAlternatives;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", descriptionKey = "cli.help.evaluate.seed")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.help.evaluate.out")
    Path out;

    @Override
    public Integer call() throws IOException {
        Aggregation aggregation = aggregation(aggregate);
        normalisation(normalise, null);
        List<Aggregation> aggregationAlternatives = new ArrayList<>();
        for (String name : alternatives(aggregateAlternatives, aggregate)) {
            aggregationAlternatives.add(aggregation(name));
        }
        List<String> normalisationAlternatives = alternatives(normaliseAlternatives, normalise);
        normalisationAlternatives.forEach(name -> normalisation(name, null));
        if (runs < 0 || !(weightVariation >= 0 && weightVariation <= 1)) {
            throw usage(Messages.both("cli.evaluate.uncertainty", runs, weightVariation));
        }
        EvaluationFiles.FrameworkFile frameworkFile = EvaluationFiles.FrameworkFile.read(framework);
        Framework tree = frameworkFile.framework();
        Dataset dataset = EvaluationFiles.DataFile.read(data, tree);
        Evaluation result = Evaluator.evaluate(tree, dataset, normalisations(frameworkFile, normalise), aggregation);
        requireFinite(data.getFileName().toString(), result);
        List<Sensitivity.RankInterval> intervals =
                uncertainty(frameworkFile, dataset, normalisationAlternatives, aggregationAlternatives);
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("normalised.csv", printer -> table(printer, result, result.normalised(), false));
        tables.put("aggregated.csv", printer -> table(printer, result, result.aggregated(), true));
        if (result.outranking() != null) {
            tables.put("outranking.csv", printer -> outranking(printer, result));
        }
        if (runs > 0) {
            tables.put("uncertainty.csv", printer -> uncertainty(printer, intervals));
        }
        writeAll(out, tables);
        sayWritten(dataset, result);
        return 0;
    }

    /** The uncertainty analysis when {@code --runs} asks for one, else nothing. */
    private List<Sensitivity.RankInterval> uncertainty(
            EvaluationFiles.FrameworkFile frameworkFile,
            Dataset dataset,
            List<String> normalisationAlternatives,
            List<Aggregation> aggregationAlternatives) {
        if (runs == 0) {
            return List.of();
        }
        List<Map<String, Normalisation>> each = new ArrayList<>();
        normalisationAlternatives.forEach(name -> each.add(normalisations(frameworkFile, name)));
        return Sensitivity.perIndicator(weightVariation, each, aggregationAlternatives, runs, seed)
                .run(frameworkFile.framework(), dataset);
    }

    private void sayWritten(Dataset dataset, Evaluation result) {
        var say = spec.commandLine().getOut();
        say.println(Messages.zh(
                "cli.evaluate.wrote",
                out.resolve("normalised.csv"),
                out.resolve("aggregated.csv"),
                dataset.units().size(),
                result.normalised().size(),
                result.aggregated().size()));
        if (result.outranking() != null) {
            say.println(Messages.both(
                    "cli.evaluate.wrote-outranking",
                    out.resolve("outranking.csv"),
                    result.outranking().search().name().toLowerCase(java.util.Locale.ROOT),
                    Outranking.EXACT_LIMIT));
        }
        if (runs > 0) {
            say.println(Messages.both("cli.evaluate.wrote-uncertainty", out.resolve("uncertainty.csv"), runs, seed));
        }
    }

    /** One result table, printed row by row. */
    private interface Table {
        void print(CSVPrinter printer) throws IOException;
    }

    /** Every indicator's normalisation: its own from the framework file, else the one named. */
    private Map<String, Normalisation> normalisations(EvaluationFiles.FrameworkFile file, String name) {
        Map<String, Normalisation> each = new LinkedHashMap<>();
        for (Node indicator : file.framework().indicators()) {
            Normalisation own = file.normalisations().get(indicator.code());
            each.put(
                    indicator.code(),
                    own != null ? own : normalisation(name, file.bounds().get(indicator.code())));
        }
        return each;
    }

    /** The comma-separated alternatives, or the one method itself when none are given. */
    private static List<String> alternatives(String list, String single) {
        if (list == null || list.isBlank()) {
            return List.of(single);
        }
        return java.util.Arrays.stream(list.split(",")).map(String::trim).toList();
    }

    /**
     * Refuses a result with a value beyond the range of numbers (only parameters such as a huge
     * z-score sd can still cause one), naming the data row and the column, so nothing is written.
     */
    static void requireFinite(String file, Evaluation result) {
        List<Problem> problems = new ArrayList<>();
        Map<String, double[]> columns = new LinkedHashMap<>(result.normalised());
        columns.putAll(result.aggregated());
        columns.forEach((code, values) -> {
            for (int u = 0; u < values.length; u++) {
                if (Double.isInfinite(values[u])) {
                    problems.add(Problem.of(
                            Messages.zh("where.row-column", u + 2, code),
                            "cli.evaluate.beyond",
                            result.units().get(u)));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(file, problems);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the temporary file could not be removed; the original error matters more
            }
        }
    }

    private Aggregation aggregation(String name) {
        if (!(dataThreshold >= 0 && dataThreshold <= 1)) {
            throw usage(Messages.zh("cli.evaluate.threshold", dataThreshold));
        }
        try {
            return Methods.aggregation(name, dataThreshold);
        } catch (Methods.Invalid e) {
            throw usage("--aggregate " + Messages.both(e.key(), e.args()));
        }
    }

    /** The normalisation named; {@code bounds} are an indicator's fixed worst and best. */
    private Normalisation normalisation(String name, double[] bounds) {
        try {
            return Methods.normalisation(name, bounds);
        } catch (Methods.Invalid e) {
            throw usage("--normalise " + Messages.both(e.key(), e.args()));
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * Writes every table to a temporary file in {@code dir}, then renames them all into place, so that
     * a failure leaves no half file and no temporary file.
     */
    private static void writeAll(Path dir, Map<String, Table> tables) throws IOException {
        Files.createDirectories(dir);
        Map<String, Path> written = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Table> table : tables.entrySet()) {
                written.put(table.getKey(), write(dir, table.getValue()));
            }
            for (Map.Entry<String, Path> file : written.entrySet()) {
                Files.move(file.getValue(), dir.resolve(file.getKey()), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            written.values().forEach(EvaluateCommand::deleteQuietly);
        }
    }

    private static Path write(Path dir, Table table) throws IOException {
        Path file = Files.createTempFile(dir, ".evaluate-", ".csv");
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            table.print(printer);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private static void table(CSVPrinter printer, Evaluation result, Map<String, double[]> columns, boolean withRank)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("unit"));
        header.addAll(columns.keySet());
        if (withRank) {
            header.add("rank");
        }
        printer.printRecord(header);
        int[] ranks = result.ranks();
        for (int u = 0; u < result.units().size(); u++) {
            List<String> row = new ArrayList<>(List.of(result.units().get(u)));
            for (double[] column : columns.values()) {
                row.add(number(column[u]));
            }
            if (withRank) {
                row.add(ranks[u] == 0 ? "" : Integer.toString(ranks[u]));
            }
            printer.printRecord(row);
        }
    }

    /** The outranking matrix: one row per unit, its support over each column unit (blank on the diagonal). */
    private static void outranking(CSVPrinter printer, Evaluation result) throws IOException {
        List<String> header = new ArrayList<>(List.of("unit"));
        header.addAll(result.units());
        printer.printRecord(header);
        double[][] support = result.outranking().support();
        for (int a = 0; a < support.length; a++) {
            List<String> row = new ArrayList<>(List.of(result.units().get(a)));
            for (double e : support[a]) {
                row.add(number(e));
            }
            printer.printRecord(row);
        }
    }

    private static void uncertainty(CSVPrinter printer, List<Sensitivity.RankInterval> intervals) throws IOException {
        printer.printRecord("unit", "median_rank", "p5", "p95", "ranked_runs");
        for (Sensitivity.RankInterval i : intervals) {
            printer.printRecord(i.unit(), number(i.median()), number(i.p5()), number(i.p95()), i.rankedRuns());
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }
}
