package org.stocktake.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The names of the normalisations and aggregations, as {@code evaluate --normalise} / {@code
 * --aggregate} and the {@code normalise} column of framework files write them: the one place that
 * turns a name into a method. A name that is wrong is refused with an {@link Invalid} that carries a
 * message key and its arguments, which the command line prints as a usage error and a file reader
 * as a problem at its row and column.
 */
public final class Methods {

    private Methods() {}

    /** A method name that is wrong: the message-bundle key and its arguments say why. */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String key;
        private final transient Object[] args;

        Invalid(String key, Object... args) {
            super(key + " " + Arrays.toString(args));
            this.key = key;
            this.args = args.clone();
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /**
     * The normalisation named {@code text}: {@code minmax[:L:U]}, {@code zscore[:M:S]}, {@code rank},
     * {@code efficacy}, {@code frontier}, {@code ratio-mean}, {@code ratio-best}, {@code
     * ratio-worst}, {@code reldiff-mean}, {@code reldiff-best}, {@code reldiff-worst}, {@code
     * abovebelow:P}, {@code percentile}, {@code categorical:B1:B2:…} or {@code raw}.
     *
     * @param bounds an indicator's fixed worst and best for {@code frontier}, or null (observed)
     * @throws Invalid when the name or its parameters are wrong
     */
    public static Normalisation normalisation(String text, double[] bounds) {
        String[] method = text.trim().split(":", -1);
        try {
            return switch (method[0]) {
                case "minmax" -> new Normalisation.MinMax(number(method, 1, 0, text), number(method, 2, 100, text));
                case "zscore" -> new Normalisation.ZScore(number(method, 1, 0, text), number(method, 2, 1, text));
                case "rank" -> bare(method, text, new Normalisation.Rank());
                case "efficacy" -> bare(method, text, new Normalisation.Efficacy());
                case "frontier" ->
                    bare(
                            method,
                            text,
                            bounds == null
                                    ? Normalisation.Frontier.observed()
                                    : new Normalisation.Frontier(bounds[0], bounds[1]));
                case "ratio-mean" -> bare(method, text, new Relative(Relative.Reference.MEAN, false));
                case "ratio-best" -> bare(method, text, new Relative(Relative.Reference.BEST, false));
                case "ratio-worst" -> bare(method, text, new Relative(Relative.Reference.WORST, false));
                case "reldiff-mean" -> bare(method, text, new Relative(Relative.Reference.MEAN, true));
                case "reldiff-best" -> bare(method, text, new Relative(Relative.Reference.BEST, true));
                case "reldiff-worst" -> bare(method, text, new Relative(Relative.Reference.WORST, true));
                case "abovebelow" -> aboveBelow(method, text);
                case "percentile" -> bare(method, text, new Percentile());
                case "categorical" -> categorical(method, text);
                case "raw" -> bare(method, text, new Normalisation.Raw());
                default -> throw new Invalid("evaluation.method.unknown", text);
            };
        } catch (Invalid e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new Invalid("evaluation.method.invalid", text, e.getMessage());
        }
    }

    /**
     * The aggregation named {@code text}: {@code amean}, {@code gmean}, {@code hmean} or {@code
     * outranking}, with a data threshold in [0, 1].
     *
     * @throws Invalid when the name is unknown
     */
    public static Aggregation aggregation(String text, double dataThreshold) {
        Aggregation.Mean mean = switch (text.trim()) {
            case "amean" -> Aggregation.Mean.ARITHMETIC;
            case "gmean" -> Aggregation.Mean.GEOMETRIC;
            case "hmean" -> Aggregation.Mean.HARMONIC;
            case "outranking" -> Aggregation.Mean.OUTRANKING;
            default -> throw new Invalid("evaluation.method.aggregate", text);
        };
        return new Aggregation(mean, dataThreshold);
    }

    private static Normalisation bare(String[] method, String text, Normalisation normalisation) {
        if (method.length > 1) {
            throw new Invalid("evaluation.method.no-parameters", method[0], text);
        }
        return normalisation;
    }

    private static double number(String[] method, int index, double fallback, String text) {
        if (method.length == 1) {
            return fallback;
        }
        if (method.length != 3 || !EvaluationFiles.isNumber(method[index].trim())) {
            throw new Invalid(
                    "evaluation.method.two-numbers", method[0], method[0].equals("minmax") ? ":0:100" : ":0:1", text);
        }
        return Double.parseDouble(method[index].trim());
    }

    private static Normalisation aboveBelow(String[] method, String text) {
        if (method.length != 2
                || !EvaluationFiles.isNumber(method[1].trim())
                || Double.parseDouble(method[1].trim()) < 0) {
            throw new Invalid("evaluation.method.threshold", text);
        }
        return new AboveBelow(Double.parseDouble(method[1].trim()));
    }

    private static Normalisation categorical(String[] method, String text) {
        List<Double> bounds = new ArrayList<>();
        for (int i = 1; i < method.length; i++) {
            if (!EvaluationFiles.isNumber(method[i].trim())) {
                throw new Invalid("evaluation.method.brackets", text);
            }
            bounds.add(Double.parseDouble(method[i].trim()));
        }
        try {
            return new Categorical(bounds);
        } catch (IllegalArgumentException e) {
            throw new Invalid("evaluation.method.brackets", text);
        }
    }
}
