package org.stocktake.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluation by outranking ({@link Outranking}): each indicator weighs in with its weight in the
 * index, the product along its path of each node's weight as a share of its siblings' weights (a
 * share of 0 when the siblings' weights sum to 0). A unit takes part in an aggregate when at least
 * one indicator below it is present and the present share is at least the data threshold; every
 * aggregate's column holds the Copeland scores from the indicators below it (missing for units that
 * do not take part), and the ranks are the Kemeny–Young ranking of the top node.
 */
final class OutrankingEvaluation {

    private OutrankingEvaluation() {}

    static Evaluation evaluate(
            Framework framework, List<String> units, Map<String, double[]> normalised, double dataThreshold) {
        Map<String, double[]> aggregated = new LinkedHashMap<>();
        Outranking top = null;
        for (Node node : framework.aggregates()) {
            Outranking outranking = outrank(framework, node, normalised, units.size(), dataThreshold);
            aggregated.put(node.code(), outranking.copeland());
            if (node.isTop()) {
                top = outranking;
            }
        }
        if (top == null) {
            top = outrank(framework, framework.top(), normalised, units.size(), dataThreshold);
        }
        return new Evaluation(units, normalised, aggregated, framework.top().code(), top.ranks(), top);
    }

    private static Outranking outrank(
            Framework framework, Node node, Map<String, double[]> normalised, int units, double dataThreshold) {
        Map<String, Double> weights = new LinkedHashMap<>();
        weightsBelow(framework, node, 1, weights);
        List<String> codes = new ArrayList<>(weights.keySet());
        double[][] values = new double[codes.size()][];
        double[] w = new double[codes.size()];
        for (int k = 0; k < codes.size(); k++) {
            values[k] = normalised.get(codes.get(k));
            w[k] = weights.get(codes.get(k));
        }
        boolean[] ranked = new boolean[units];
        for (int u = 0; u < units; u++) {
            int present = 0;
            for (double[] column : values) {
                present += Double.isNaN(column[u]) ? 0 : 1;
            }
            ranked[u] = present > 0 && (double) present / values.length >= dataThreshold;
        }
        return Outranking.of(values, w, ranked);
    }

    /** The indicators below {@code node}, each with its weight as a share of {@code node}. */
    private static void weightsBelow(Framework framework, Node node, double share, Map<String, Double> out) {
        if (node.isIndicator()) {
            out.put(node.code(), share);
            return;
        }
        List<Node> children = framework.children(node.code());
        double largest = children.stream().mapToDouble(Node::weight).max().orElse(0);
        double sum = children.stream()
                .mapToDouble(c -> largest > 0 ? c.weight() / largest : 0)
                .sum();
        for (Node child : children) {
            weightsBelow(framework, child, sum > 0 ? share * (child.weight() / largest) / sum : 0, out);
        }
    }
}
