package org.stocktake.evaluation;

import java.util.Arrays;

/** Small statistics over columns where {@code NaN} means missing. */
final class Stats {

    private Stats() {}

    static double[] times(double[] values, int factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    static double min(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    static double mean(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    /**
     * The mean of the non-missing values, computed on {@link #tamed} values and scaled back, so that
     * the sum of values near ±1.8e308 cannot overflow.
     */
    static double wideMean(double[] values) {
        double[] tamed = tamed(values);
        if (tamed == values) {
            return mean(values);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && values[i] != 0) {
                return mean(tamed) * (values[i] / tamed[i]);
            }
        }
        return mean(values);
    }

    /** Sample standard deviation (divisor n − 1); {@code NaN} with fewer than two values. */
    static double sampleSd(double[] values) {
        double mean = mean(values);
        double squares = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1));
    }

    /**
     * {@code (x − from) / (to − from) × (high − low) + low} for every value; {@code NaN} stays
     * {@code NaN}. Where a difference would overflow, the values are halved before subtracting and
     * the result is taken as {@code low·(1 − t) + high·t}, so finite inputs give finite results.
     */
    static double[] linear(double[] values, double from, double to, double low, double high) {
        double[] out = new double[values.length];
        boolean wideSpan = Double.isInfinite(high - low);
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            double t = Double.isFinite(to - from) && Double.isFinite(x - from)
                    ? (x - from) / (to - from)
                    : (x / 2 - from / 2) / (to / 2 - from / 2);
            out[i] = wideSpan ? low * (1 - t) + high * t : t * (high - low) + low;
        }
        return out;
    }

    /**
     * The values multiplied by a power of two (exact) that brings the largest magnitude near 1 when
     * it is beyond 2^±400, so that sums and squares of them cannot overflow or vanish; otherwise the
     * values themselves. Ratios such as z-scores are unchanged by it.
     */
    static double[] tamed(double[] values) {
        double largest = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        int exponent = largest == 0 ? 0 : Math.getExponent(largest);
        if (Math.abs(exponent) <= 400) {
            return values;
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.scalb(values[i], -exponent);
        }
        return out;
    }

    static double clip(double value, double low, double high) {
        return Double.isNaN(value) ? value : Math.max(low, Math.min(high, value));
    }

    /** Type-7 quantile (R's default) of sorted values, {@code p} in [0, 1]. */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
