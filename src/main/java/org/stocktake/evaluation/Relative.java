package org.stocktake.evaluation;

import org.stocktake.shared.Messages;

/**
 * Distance to a reference (OECD/JRC Handbook on Constructing Composite Indicators, 2008, §5 and
 * Table 15): each value as a ratio to, or a relative difference from, the mean, the best (leader) or
 * the worst (laggard) of the observed values. With direction {@code d} (+1 higher is better, −1 lower
 * is better) the best value is the largest when {@code d = +1} and the smallest when {@code d = −1},
 * the worst the other way round, and the mean is the plain mean {@code m} of the non-missing values.
 *
 * <ul>
 *   <li>ratio ({@code ratio-mean}, {@code ratio-best}, {@code ratio-worst}): {@code x / r} when
 *       {@code d = +1} and {@code r / x} when {@code d = −1}. A ratio cannot carry the sign flip that
 *       the other methods apply first ({@code −x / −r = x / r}), so for lower-is-better indicators it is
 *       inverted, which keeps "higher is better" afterwards: the leader scores 1 under
 *       {@code ratio-best} and the laggard 1 under {@code ratio-worst}, whatever the direction. Needs
 *       every present value {@code > 0}.
 *   <li>relative difference ({@code reldiff-mean}, {@code reldiff-best}, {@code reldiff-worst}):
 *       {@code d · (x − r) / |r|}, which is the direction applied first ({@code x' = d·x},
 *       {@code r' = d·r}) and then {@code (x' − r') / |r'|}; for positive data and {@code d = +1} it is
 *       the ratio minus 1. Needs {@code r ≠ 0}.
 * </ul>
 *
 * @param reference  the mean, the best or the worst observed value
 * @param difference true for the relative difference, false for the ratio
 */
public record Relative(Reference reference, boolean difference) implements Normalisation {

    /** The reference value a unit is compared with. */
    public enum Reference {
        MEAN,
        BEST,
        WORST
    }

    public Relative {
        if (reference == null) {
            throw new IllegalArgumentException("reference is required");
        }
    }

    /** The reference value of a column for a direction: its mean, best or worst non-missing value. */
    static double reference(Reference reference, double[] values, int direction) {
        return switch (reference) {
            case MEAN -> Stats.wideMean(values);
            case BEST -> direction > 0 ? Stats.max(values) : Stats.min(values);
            case WORST -> direction > 0 ? Stats.min(values) : Stats.max(values);
        };
    }

    @Override
    public double[] normalise(double[] values, int direction) {
        double r = reference(reference, values, direction);
        double[] out = new double[values.length];
        if (!difference) {
            for (double x : values) {
                if (x <= 0) {
                    throw new IllegalArgumentException(Messages.zh("evaluation.ratio-positive", x));
                }
            }
        } else if (r == 0) {
            throw new IllegalArgumentException(Messages.zh("evaluation.reference-zero"));
        }
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            if (difference) {
                out[i] = Double.isFinite(x - r)
                        ? direction * (x - r) / Math.abs(r)
                        : direction * (x / 2 - r / 2) / Math.abs(r / 2);
            } else {
                out[i] = direction > 0 ? x / r : r / x;
            }
        }
        return out;
    }
}
