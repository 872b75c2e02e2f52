package org.stocktake.cockpit.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Competition ranking ("1, 2, 2, 4"): 1 is the best value by the indicator's polarity, equal
 * values share the lowest rank, and regions without a value get no rank.
 */
final class Ranks {

    private Ranks() {
    }

    /** Ranks of the non-null values; {@code higherIsBetter} follows the indicator's polarity. */
    static <K> Map<K, Integer> of(Map<K, Double> values, boolean higherIsBetter) {
        Map<K, Integer> ranks = new LinkedHashMap<>();
        for (var e : values.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            int better = 0;
            for (Double other : values.values()) {
                if (other != null && (higherIsBetter ? other > e.getValue() : other < e.getValue())) {
                    better++;
                }
            }
            ranks.put(e.getKey(), better + 1);
        }
        return ranks;
    }

    /** True when the polarity says lower values are better ({@code lower}); anything else is higher. */
    static boolean higherIsBetter(String polarity) {
        return !"lower".equalsIgnoreCase(polarity);
    }

    /** True when some other value shares this rank. */
    static <K> boolean tied(Map<K, Integer> ranks, K key) {
        Integer rank = ranks.get(key);
        return rank != null && ranks.entrySet().stream().anyMatch(e -> !e.getKey().equals(key) && rank.equals(e.getValue()));
    }
}
