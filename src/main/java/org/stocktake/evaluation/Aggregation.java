package org.stocktake.evaluation;

import org.stocktake.shared.Messages;

/**
 * How the children of an aggregate are combined: a weighted mean over the children that are not
 * missing, their weights rescaled to sum to one (a missing child and its weight drop out). When the
 * share of non-missing children is below {@code dataThreshold}, the aggregate is missing.
 *
 * @param mean          arithmetic, geometric or harmonic
 * @param dataThreshold 0 (any one child suffices) to 1 (every child needed)
 */
public record Aggregation(Mean mean, double dataThreshold) {

    /** The weighted means. */
    public enum Mean {
        /** {@code Σ w·x / Σ w}. */
        ARITHMETIC,
        /** {@code exp(Σ w·ln x / Σ w)}; needs positive values. */
        GEOMETRIC,
        /** {@code Σ w / Σ (w/x)}; needs non-zero values. */
        HARMONIC,
        /**
         * Not a mean: the units are ranked by pairwise support ({@link Outranking}, Handbook §6.13) from
         * the indicators, each with its weight in the index (the product of its own and its ancestors'
         * weights, each as a share of its siblings' weights); every aggregate holds its Copeland score
         * from the indicators below it. {@link #combine} does not apply; {@link Evaluator} runs it.
         */
        OUTRANKING
    }

    public Aggregation {
        if (mean == null) {
            throw new IllegalArgumentException("mean is required");
        }
        if (!(dataThreshold >= 0 && dataThreshold <= 1)) {
            throw new IllegalArgumentException("data threshold must be within [0, 1]: " + dataThreshold);
        }
    }

    public static Aggregation of(Mean mean) {
        return new Aggregation(mean, 0);
    }

    /**
     * Combines one unit's child values with their weights; {@code NaN} when too few are present or
     * the remaining weights sum to zero.
     *
     * @throws IllegalArgumentException when a geometric mean meets a value ≤ 0 or a harmonic mean a 0
     */
    public double combine(double[] values, double[] weights) {
        if (mean == Mean.OUTRANKING) {
            throw new IllegalStateException("outranking ranks units; it does not combine one unit's values");
        }
        double scale = weightScale(values, weights);
        int present = 0;
        double weightSum = 0;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            if (Double.isNaN(x)) {
                continue;
            }
            present++;
            double w = weights[i] * scale;
            weightSum += w;
            sum += term(x, w);
        }
        if (present == 0 || (double) present / values.length < dataThreshold || weightSum == 0) {
            return Double.NaN;
        }
        return switch (mean) {
            case ARITHMETIC -> sum / weightSum;
            case GEOMETRIC -> Math.exp(sum / weightSum);
            case HARMONIC -> weightSum / sum;
            case OUTRANKING -> throw new IllegalStateException("outranking does not combine");
        };
    }

    /**
     * A power of two (exact, leaving the means unchanged) that brings the largest weight near 1 when
     * it is above 2^500, so that weighted sums of finite values cannot overflow; otherwise 1.
     */
    private static double weightScale(double[] values, double[] weights) {
        double largest = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                largest = Math.max(largest, weights[i]);
            }
        }
        int exponent = largest == 0 ? 0 : Math.getExponent(largest);
        return exponent > 500 ? Math.scalb(1.0, -exponent) : 1;
    }

    private double term(double x, double w) {
        return switch (mean) {
            case ARITHMETIC -> w * x;
            case GEOMETRIC -> {
                if (x <= 0) {
                    throw new IllegalArgumentException(Messages.zh("evaluation.gmean", x));
                }
                yield w * Math.log(x);
            }
            case HARMONIC -> {
                if (x == 0) {
                    throw new IllegalArgumentException(Messages.zh("evaluation.hmean"));
                }
                yield w / x;
            }
            case OUTRANKING -> throw new IllegalStateException("outranking does not combine");
        };
    }
}
