package org.stocktake.evaluation;

import java.util.Arrays;

/**
 * Percentile rank (OECD/JRC Handbook, 2008, §5; the Handbook leaves the definition open, this is the
 * one chosen): with the direction applied first ({@code x' = d·x}) and {@code n} non-missing values,
 * {@code 100 × (#{j : x'_j ≤ x'_i} − 1) / (n − 1)}. The worst unit scores 0, the best 100, tied units
 * share the higher percentile, and a single value scores 100. It is the exact inverse of R's default
 * (type 7) quantile {@code Q}: a score is at least {@code b} exactly when {@code x' ≥ Q(b / 100)}, so
 * "at or above the b-th percentile" means the same on both scales.
 */
public record Percentile() implements Normalisation {

    @Override
    public double[] normalise(double[] values, int direction) {
        double[] x = Stats.times(values, direction);
        double[] sorted =
                Arrays.stream(x).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = sorted.length;
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                out[i] = Double.NaN;
            } else if (n == 1) {
                out[i] = 100;
            } else {
                out[i] = 100.0 * (atOrBelow(sorted, x[i]) - 1) / (n - 1);
            }
        }
        return out;
    }

    /** How many sorted values are at most {@code v}. */
    private static int atOrBelow(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
