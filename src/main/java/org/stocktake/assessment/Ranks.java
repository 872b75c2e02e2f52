package org.stocktake.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one ranking rule of Stocktake: competition ranking ("1, 2, 2, 4"). Rank 1 is the best value by
 * the indicator's polarity (higher or lower is better); equal values share the lowest (best) position
 * among them and the next value skips the shared places; a missing value (null or NaN) gets no rank
 * and does not count. Equality is numeric ({@code ==}), so 0.0 and −0.0 tie. Sorting makes it
 * O(n log n). Every page, report and composite evaluation ranks through this class.
 */
public final class Ranks {

    private Ranks() {}

    /**
     * Ranks of the values in array order, 0 for a missing value: {@code [70, 90, 70, NaN, 50]} higher
     * is better gives {@code [2, 1, 2, 0, 4]}.
     */
    public static int[] of(double[] values, boolean higherIsBetter) {
        List<Integer> present = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                present.add(i);
            }
        }
        present.sort((a, b) -> better(values[a], values[b], higherIsBetter));
        int[] ranks = new int[values.length];
        for (int k = 0; k < present.size(); k++) {
            int i = present.get(k);
            boolean tie = k > 0 && values[present.get(k - 1)] == values[i];
            ranks[i] = tie ? ranks[present.get(k - 1)] : k + 1;
        }
        return ranks;
    }

    /** Ranks of the non-null values by key, in the map's order; keys with a null value are absent. */
    public static <K> Map<K, Integer> of(Map<K, Double> values, boolean higherIsBetter) {
        List<K> keys = new ArrayList<>(values.keySet());
        double[] array = keys.stream()
                .mapToDouble(k -> values.get(k) == null ? Double.NaN : values.get(k))
                .toArray();
        int[] ranks = of(array, higherIsBetter);
        Map<K, Integer> byKey = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (ranks[i] > 0) {
                byKey.put(keys.get(i), ranks[i]);
            }
        }
        return byKey;
    }

    /** The ranks of {@link #of(double[], boolean)} as numbers, NaN for a missing value. */
    public static double[] asNumbers(int[] ranks) {
        return Arrays.stream(ranks).mapToDouble(r -> r == 0 ? Double.NaN : r).toArray();
    }

    /** An indicator's polarity: {@code lower} (any case) means lower values are better; anything else higher. */
    public static boolean higherIsBetter(String polarity) {
        return !"lower".equalsIgnoreCase(polarity);
    }

    /** True when some other key shares this key's rank. */
    public static <K> boolean tied(Map<K, Integer> ranks, K key) {
        Integer rank = ranks.get(key);
        return rank != null
                && ranks.entrySet().stream().anyMatch(e -> !e.getKey().equals(key) && rank.equals(e.getValue()));
    }

    /** Best first: negative when {@code a} is better than {@code b}, 0 when they are equal. */
    private static int better(double a, double b, boolean higherIsBetter) {
        if (a == b) {
            return 0;
        }
        return (a > b) == higherIsBetter ? -1 : 1;
    }
}
