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
import org.stocktake.evaluation.Node;
import org.stocktake.evaluation.Normalisation;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: a composite index from a data file and a framework file, without the platform
 * (no Spring, no database). Writes {@code normalised.csv} and {@code aggregated.csv}, or nothing.
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

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.help.evaluate.out")
    Path out;

    @Override
    public Integer call() throws IOException {
        Aggregation aggregation = aggregation();
        String[] method = normalise.trim().split(":", -1);
        normalisation(method, null);
        EvaluationFiles.FrameworkFile frameworkFile = EvaluationFiles.FrameworkFile.read(framework);
        Map<String, Normalisation> normalisations = new LinkedHashMap<>();
        for (Node indicator : frameworkFile.framework().indicators()) {
            normalisations.put(
                    indicator.code(),
                    normalisation(method, frameworkFile.bounds().get(indicator.code())));
        }
        Dataset dataset = EvaluationFiles.DataFile.read(data, frameworkFile.framework());
        Evaluation result = Evaluator.evaluate(frameworkFile.framework(), dataset, normalisations, aggregation);
        requireFinite(data.getFileName().toString(), result);
        Files.createDirectories(out);
        Path normalised = null;
        Path aggregated = null;
        try {
            normalised = write(out, result, result.normalised(), false);
            aggregated = write(out, result, result.aggregated(), true);
            Files.move(normalised, out.resolve("normalised.csv"), StandardCopyOption.REPLACE_EXISTING);
            Files.move(aggregated, out.resolve("aggregated.csv"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteQuietly(normalised);
            deleteQuietly(aggregated);
        }
        spec.commandLine()
                .getOut()
                .println(Messages.zh(
                        "cli.evaluate.wrote",
                        out.resolve("normalised.csv"),
                        out.resolve("aggregated.csv"),
                        dataset.units().size(),
                        result.normalised().size(),
                        result.aggregated().size()));
        return 0;
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

    private Aggregation aggregation() {
        if (!(dataThreshold >= 0 && dataThreshold <= 1)) {
            throw usage(Messages.zh("cli.evaluate.threshold", dataThreshold));
        }
        Aggregation.Mean mean = switch (aggregate.trim()) {
            case "amean" -> Aggregation.Mean.ARITHMETIC;
            case "gmean" -> Aggregation.Mean.GEOMETRIC;
            case "hmean" -> Aggregation.Mean.HARMONIC;
            default -> throw usage(Messages.zh("cli.evaluate.aggregate", aggregate));
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
                case "frontier" ->
                    noParameters(
                            method,
                            bounds == null
                                    ? Normalisation.Frontier.observed()
                                    : new Normalisation.Frontier(bounds[0], bounds[1]));
                default -> throw usage(Messages.zh("cli.evaluate.normalise", normalise));
            };
        } catch (IllegalArgumentException e) {
            throw usage("--normalise " + normalise + ": " + e.getMessage());
        }
    }

    private Normalisation noParameters(String[] method, Normalisation normalisation) {
        if (method.length > 1) {
            throw usage(Messages.zh("cli.evaluate.no-parameters", method[0], normalise));
        }
        return normalisation;
    }

    private double parameter(String[] method, int index, double fallback) {
        if (method.length == 1) {
            return fallback;
        }
        if (method.length != 3 || !EvaluationFiles.isNumber(method[index].trim())) {
            throw usage(Messages.zh(
                    "cli.evaluate.two-numbers", method[0], method[0].equals("minmax") ? ":0:100" : ":0:1", normalise));
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
}
