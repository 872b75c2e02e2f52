package org.stocktake.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a data set against a framework: each indicator is normalised on its own (after its
 * direction is applied), then aggregates are computed level by level from their children, then the
 * top node is ranked; or, with {@link Aggregation.Mean#OUTRANKING}, the units are outranked on the
 * indicators ({@link OutrankingEvaluation}).
 */
public final class Evaluator {

    private Evaluator() {}

    /** Evaluates with the same normalisation for every indicator. */
    public static Evaluation evaluate(
            Framework framework, Dataset data, Normalisation normalisation, Aggregation aggregation) {
        Map<String, Normalisation> each = new LinkedHashMap<>();
        framework.indicators().forEach(n -> each.put(n.code(), normalisation));
        return evaluate(framework, data, each, aggregation);
    }

    /** Evaluates with a normalisation per indicator code (every indicator must have one). */
    public static Evaluation evaluate(
            Framework framework, Dataset data, Map<String, Normalisation> normalisations, Aggregation aggregation) {
        Map<String, double[]> normalised = normalise(framework, data, normalisations);
        if (aggregation.mean() == Aggregation.Mean.OUTRANKING) {
            return OutrankingEvaluation.evaluate(framework, data.units(), normalised, aggregation.dataThreshold());
        }
        Map<String, double[]> aggregated =
                aggregate(framework, normalised, data.units().size(), aggregation);
        String top = framework.top().code();
        double[] topScores = aggregated.containsKey(top) ? aggregated.get(top) : normalised.get(top);
        return new Evaluation(data.units(), normalised, aggregated, top, Ranking.ranks(topScores));
    }

    static Map<String, double[]> normalise(
            Framework framework, Dataset data, Map<String, Normalisation> normalisations) {
        Map<String, double[]> normalised = new LinkedHashMap<>();
        for (Node indicator : framework.indicators()) {
            Normalisation normalisation = normalisations.get(indicator.code());
            if (normalisation == null) {
                throw new IllegalArgumentException("no normalisation for " + indicator.code());
            }
            normalised.put(
                    indicator.code(), normalisation.normalise(data.column(indicator.code()), indicator.direction()));
        }
        return normalised;
    }

    static Map<String, double[]> aggregate(
            Framework framework, Map<String, double[]> normalised, int units, Aggregation aggregation) {
        Map<String, double[]> values = new LinkedHashMap<>(normalised);
        Map<String, double[]> aggregated = new LinkedHashMap<>();
        for (Node node : framework.aggregates()) {
            List<Node> children = framework.children(node.code());
            double[] weights = children.stream().mapToDouble(Node::weight).toArray();
            double[] out = new double[units];
            double[] row = new double[children.size()];
            for (int u = 0; u < units; u++) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = values.get(children.get(c).code())[u];
                }
                out[u] = aggregation.combine(row, weights);
            }
            values.put(node.code(), out);
            aggregated.put(node.code(), out);
        }
        return aggregated;
    }
}
