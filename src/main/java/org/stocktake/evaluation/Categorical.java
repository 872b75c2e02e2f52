package org.stocktake.evaluation;

import java.util.List;

/**
 * Categorical scale (OECD/JRC Handbook, 2008, Table 15, whose example gives 0, 20, 40, 60, 80 and 100
 * at the 15th, 25th, 65th, 85th and 95th percentiles): each value's {@link Percentile} {@code P}
 * (direction applied first) is placed among the bracket bounds {@code B1 < B2 < … < BK} on the
 * percentile scale (0–100), and the value scores {@code 100 × k / K}, where {@code k} is the number of
 * bounds with {@code P ≥ Bk}. So {@code categorical:15:25:65:85:95} gives 0 below the 15th
 * percentile, 20 from the 15th up to the 25th, … and 100 from the 95th; a bound is reached by a value
 * at or above R's type-7 quantile of that order.
 *
 * @param bounds the bracket bounds, strictly increasing, each above 0 and at most 100
 */
public record Categorical(List<Double> bounds) implements Normalisation {

    public Categorical {
        bounds = List.copyOf(bounds);
        if (bounds.isEmpty()) {
            throw new IllegalArgumentException("categorical needs at least one bracket bound");
        }
        double previous = 0;
        for (double b : bounds) {
            if (!(b > previous) || b > 100) {
                throw new IllegalArgumentException("bracket bounds must rise strictly within (0, 100]: " + bounds);
            }
            previous = b;
        }
    }

    @Override
    public double[] normalise(double[] values, int direction) {
        double[] percentiles = new Percentile().normalise(values, direction);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double p = percentiles[i];
            int k = 0;
            for (double b : bounds) {
                if (p >= b) {
                    k++;
                }
            }
            out[i] = Double.isNaN(p) ? Double.NaN : 100.0 * k / bounds.size();
        }
        return out;
    }
}
