package org.stocktake.evaluation;

import org.stocktake.shared.Messages;

/**
 * Indicators above or below the mean (OECD/JRC Handbook, 2008, Table 15): with the Handbook's
 * {@code w = x / m} ({@code m} the mean of the non-missing values), {@code +1} when {@code w > 1 + p},
 * {@code −1} when {@code w < 1 − p} and {@code 0} in between, bounds included. With the direction
 * {@code d} applied first this is, for any sign of {@code m}: {@code +1} when
 * {@code d·(x − m) > p·|m|}, {@code −1} when {@code d·(x − m) < −p·|m|}, otherwise 0 — values within
 * ±p (a fraction) of the mean score 0, and for a lower-is-better indicator being well below the mean
 * scores +1. Needs {@code m ≠ 0}.
 *
 * @param threshold {@code p}, a fraction of the mean, 0 or more ({@code abovebelow:0.2} is ±20%)
 */
public record AboveBelow(double threshold) implements Normalisation {

    public AboveBelow {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("above/below needs a threshold p >= 0: " + threshold);
        }
    }

    @Override
    public double[] normalise(double[] values, int direction) {
        double m = Relative.reference(Relative.Reference.MEAN, values, direction);
        if (m == 0) {
            throw new IllegalArgumentException(Messages.zh("evaluation.reference-zero"));
        }
        double band = threshold * Math.abs(m / 2);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            double gap = direction * (x / 2 - m / 2);
            out[i] = Double.isNaN(x) ? Double.NaN : gap > band ? 1 : gap < -band ? -1 : 0;
        }
        return out;
    }
}
