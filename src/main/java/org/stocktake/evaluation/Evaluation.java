package org.stocktake.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The result of evaluating a data set: normalised indicators, every aggregate, and the rank of the
 * top node (1 = best, 0 = no rank because the top score is missing). Columns follow the framework's
 * order (aggregates from the lowest level up); entries follow {@code units}.
 */
public record Evaluation(List<String> units, Map<String, double[]> normalised, Map<String, double[]> aggregated,
                         String top, int[] ranks) {

    public Evaluation {
        units = List.copyOf(units);
        normalised = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(normalised));
        aggregated = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aggregated));
        ranks = ranks.clone();
    }

    /** The scores of the top node. */
    public double[] topScores() {
        return (aggregated.containsKey(top) ? aggregated.get(top) : normalised.get(top)).clone();
    }

    @Override
    public int[] ranks() {
        return ranks.clone();
    }
}
