package org.stocktake.observations;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The modified z-score of Iglewicz and Hoaglin (1993): {@code z = 0.6745 (x − median) / MAD},
 * MAD being the median absolute deviation of the history from its median; |z| > 3.5 marks a
 * likely outlier. When MAD is 0 (more than half the history is one value) the mean absolute
 * deviation stands in: {@code z = (x − median) / (1.253314 · meanAD)}. With fewer than
 * {@link #MIN_HISTORY} values, or no spread at all, there is no score.
 */
final class RobustZScore {

    static final double THRESHOLD = 3.5;
    static final int MIN_HISTORY = 4;

    private RobustZScore() {}

    static OptionalDouble score(double x, double[] history) {
        if (history.length < MIN_HISTORY) {
            return OptionalDouble.empty();
        }
        double median = median(history);
        double[] deviations =
                Arrays.stream(history).map(h -> Math.abs(h - median)).toArray();
        double mad = median(deviations);
        if (mad > 0) {
            return OptionalDouble.of(0.6745 * (x - median) / mad);
        }
        double meanAd = Arrays.stream(deviations).average().orElse(0);
        return meanAd > 0 ? OptionalDouble.of((x - median) / (1.253314 * meanAd)) : OptionalDouble.empty();
    }

    static boolean isOutlier(double z) {
        return Math.abs(z) > THRESHOLD;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
