package org.stocktake.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of evaluating a data set, as an immutable snapshot: normalised indicators, every
 * aggregate, and the rank of the top node (1 = best, 0 = no rank because the top score is missing).
 * Columns follow the framework's order (aggregates from the lowest level up); entries follow
 * {@code units}. Accessors hand out copies. With outranking ({@link Aggregation.Mean#OUTRANKING})
 * the aggregates hold Copeland scores, the ranks are the Kemeny–Young ranking and {@link
 * #outranking()} holds the top node's outranking matrix; otherwise {@code outranking} is null.
 */
@SuppressWarnings("ArrayRecordComponent") // a snapshot whose accessors copy the arrays; never compared with equals
public record Evaluation(
        List<String> units,
        Map<String, double[]> normalised,
        Map<String, double[]> aggregated,
        String top,
        int[] ranks,
        Outranking outranking) {

    /** An evaluation by a weighted mean (no outranking). */
    public Evaluation(
            List<String> units,
            Map<String, double[]> normalised,
            Map<String, double[]> aggregated,
            String top,
            int[] ranks) {
        this(units, normalised, aggregated, top, ranks, null);
    }

    public Evaluation {
        units = List.copyOf(units);
        normalised = copy(normalised);
        aggregated = copy(aggregated);
        ranks = ranks.clone();
    }

    /** The scores of the top node. */
    public double[] topScores() {
        return (aggregated.containsKey(top) ? aggregated.get(top) : normalised.get(top)).clone();
    }

    @Override
    public Map<String, double[]> normalised() {
        return copy(normalised);
    }

    @Override
    public Map<String, double[]> aggregated() {
        return copy(aggregated);
    }

    @Override
    public int[] ranks() {
        return ranks.clone();
    }

    private static Map<String, double[]> copy(Map<String, double[]> columns) {
        Map<String, double[]> copy = new LinkedHashMap<>();
        columns.forEach((code, values) -> copy.put(code, values.clone()));
        return Collections.unmodifiableMap(copy);
    }
}
