package org.stocktake.evaluation;

import org.stocktake.assessment.Ranks;

/**
 * How one indicator's values are brought onto a common scale. Values are raw, {@code NaN} is
 * missing and stays missing. Methods driven by the observed values (min-max, z-score, rank,
 * efficacy, observed frontier, percentile, categorical, relative difference, above/below the mean,
 * raw) first multiply the values by the direction, so that higher is always better afterwards;
 * ratios ({@link Relative}) cannot carry that sign flip and are inverted for lower-is-better
 * indicators instead; methods with fixed bounds take the bounds in raw units, where the order of
 * the bounds already says which way is better. The names that select them are read in one place,
 * {@link Methods}.
 */
public sealed interface Normalisation
        permits Normalisation.MinMax,
                Normalisation.ZScore,
                Normalisation.Rank,
                Normalisation.Efficacy,
                Normalisation.Frontier,
                Normalisation.Raw,
                Relative,
                AboveBelow,
                Percentile,
                Categorical,
                DistanceToTarget {

    /** Normalises one indicator's column for all units. */
    double[] normalise(double[] values, int direction);

    /**
     * {@code (x − min)/(max − min) × (u − l) + l} over the non-missing values. A column whose values
     * are all equal has no range and gives missing values (as COINr's {@code n_minmax}).
     */
    record MinMax(double lower, double upper) implements Normalisation {
        public MinMax {
            if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower >= upper) {
                throw new IllegalArgumentException("min-max needs finite bounds l < u: " + lower + ", " + upper);
            }
            if (Double.isInfinite(upper - lower)) {
                throw new IllegalArgumentException(
                        "min-max bounds too far apart (u − l overflows): " + lower + ", " + upper);
            }
        }

        @Override
        public double[] normalise(double[] values, int direction) {
            double[] x = Stats.times(values, direction);
            return Stats.linear(x, Stats.min(x), Stats.max(x), lower, upper);
        }
    }

    /**
     * {@code (x − mean)/sd × s + m} with the sample standard deviation (n − 1); very large or very
     * small values are scaled by a power of two first, which leaves the z-scores unchanged.
     */
    record ZScore(double mean, double sd) implements Normalisation {
        public ZScore {
            if (!Double.isFinite(mean) || !Double.isFinite(sd) || sd <= 0) {
                throw new IllegalArgumentException("z-score needs a finite mean and sd > 0: " + mean + ", " + sd);
            }
        }

        @Override
        public double[] normalise(double[] values, int direction) {
            double[] x = Stats.tamed(Stats.times(values, direction));
            double m = Stats.mean(x);
            double s = Stats.sampleSd(x);
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = (x[i] - m) / s * sd + mean;
            }
            return out;
        }
    }

    /**
     * Position in ascending order of the directed values: 1 for the worst, so higher stays better;
     * ties share the lowest position (R's {@code rank(ties = "min")}): the one ranking rule,
     * {@link Ranks}, with lower directed values ranked first.
     */
    record Rank() implements Normalisation {
        @Override
        public double[] normalise(double[] values, int direction) {
            return Ranks.asNumbers(Ranks.of(Stats.times(values, direction), false));
        }
    }

    /**
     * Efficacy coefficient (功效系数法): {@code 60 + 40 × (x − worst)/(best − worst)}, worst and best
     * observed among the units, so the worst unit scores 60 and the best 100.
     */
    record Efficacy() implements Normalisation {
        @Override
        public double[] normalise(double[] values, int direction) {
            return new MinMax(60, 100).normalise(values, direction);
        }
    }

    /**
     * Distance to frontier (World Bank Doing Business): {@code 100 × (x − worst)/(best − worst)},
     * clipped to 0–100, with fixed bounds in raw units ({@code best < worst} when lower is better).
     * {@link #observed()} takes the worst and best observed values instead.
     */
    record Frontier(double worst, double best) implements Normalisation {
        public Frontier {
            boolean observed = Double.isNaN(worst) && Double.isNaN(best);
            if (!observed && (!Double.isFinite(worst) || !Double.isFinite(best) || worst == best)) {
                throw new IllegalArgumentException(
                        "frontier needs two different finite bounds: " + worst + ", " + best);
            }
        }

        public static Frontier observed() {
            return new Frontier(Double.NaN, Double.NaN);
        }

        public boolean isObserved() {
            return Double.isNaN(worst);
        }

        @Override
        public double[] normalise(double[] values, int direction) {
            double[] x = isObserved() ? Stats.times(values, direction) : values;
            double from = isObserved() ? Stats.min(x) : worst;
            double to = isObserved() ? Stats.max(x) : best;
            double[] out = Stats.linear(x, from, to, 0, 100);
            for (int i = 0; i < out.length; i++) {
                out[i] = Stats.clip(out[i], 0, 100);
            }
            return out;
        }
    }

    /**
     * No normalisation ({@code raw}): the values multiplied by the direction, {@code d·x}, as every
     * method applies the direction first; for aggregations of raw data such as their geometric mean
     * (which then needs every directed value above 0).
     */
    record Raw() implements Normalisation {
        @Override
        public double[] normalise(double[] values, int direction) {
            return Stats.times(values, direction);
        }
    }
}
