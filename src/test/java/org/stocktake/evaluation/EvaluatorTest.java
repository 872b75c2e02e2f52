package org.stocktake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A small tree worked by hand: Index (level 3) ← P1 (weight 1) and P2 (weight 3); P1 ← a (higher is
 * better) and b (lower is better); P2 ← c.
 */
class EvaluatorTest {

    private static final double NA = Double.NaN;
    private static final Framework FRAMEWORK = Framework.of(List.of(
            new Node("a", "P1", 1, 1, 1),
            new Node("b", "P1", 1, -1, 1),
            new Node("c", "P2", 1, 1, 1),
            new Node("P1", "Index", 2, 1, 1),
            new Node("P2", "Index", 2, 1, 3),
            new Node("Index", null, 3, 1, 1)));
    private static final Dataset DATA = new Dataset(
            List.of("u1", "u2", "u3"),
            Map.of(
                    "a", new double[] {0, 5, 10},
                    "b", new double[] {10, 5, NA},
                    "c", new double[] {2, 4, 6}));

    @Test
    void normalisesAggregatesAndRanks() {
        Evaluation result = Evaluator.evaluate(
                FRAMEWORK, DATA, new Normalisation.MinMax(0, 100), Aggregation.of(Aggregation.Mean.ARITHMETIC));

        // a: 0, 50, 100; b on −b (−10, −5): 0, 100, –; c: 0, 50, 100
        assertThat(result.normalised().get("a")).containsExactly(0, 50, 100);
        assertThat(result.normalised().get("b")).containsExactly(0, 100, NA);
        // P1 = (a + b)/2: 0, 75, and for u3 b drops out: 100
        assertThat(result.aggregated().get("P1")).containsExactly(0, 75, 100);
        // Index = (1·P1 + 3·P2)/4: 0, (75 + 150)/4 = 56.25, (100 + 300)/4 = 100
        assertThat(result.aggregated().get("Index"))
                .containsExactly(new double[] {0, 56.25, 100}, Offset.offset(1e-12));
        assertThat(result.aggregated().keySet()).containsExactly("P1", "P2", "Index");
        assertThat(result.ranks()).containsExactly(3, 2, 1);
    }

    @Test
    void aDataThresholdMakesThinAggregatesMissing() {
        Evaluation result = Evaluator.evaluate(
                FRAMEWORK, DATA, new Normalisation.MinMax(0, 100), new Aggregation(Aggregation.Mean.ARITHMETIC, 0.6));

        // u3 has 1 of 2 children of P1 (0.5 < 0.6): missing; then 1 of 2 children of Index: missing, unranked
        assertThat(result.aggregated().get("P1")).containsExactly(0, 75, NA);
        assertThat(result.aggregated().get("Index")[2]).isNaN();
        assertThat(result.ranks()).containsExactly(2, 1, 0);
    }

    @Test
    void takesANormalisationPerIndicator() {
        Map<String, Normalisation> each = Map.of(
                "a", new Normalisation.Frontier(0, 20), // 0, 25, 50
                "b", new DistanceToTarget(10, 0, 2, 8), // (10 − b)/10 × 100: 0, 50, –
                "c", new Normalisation.Rank()); // 1, 2, 3

        Evaluation result = Evaluator.evaluate(FRAMEWORK, DATA, each, Aggregation.of(Aggregation.Mean.ARITHMETIC));

        assertThat(result.normalised().get("a")).containsExactly(0, 25, 50);
        assertThat(result.normalised().get("b")).containsExactly(0, 50, NA);
        assertThat(result.normalised().get("c")).containsExactly(1, 2, 3);
        // P1: 0, 37.5, 50; P2: 1, 2, 3; Index: (0 + 3)/4, (37.5 + 6)/4, (50 + 9)/4
        assertThat(result.topScores()).containsExactly(new double[] {0.75, 10.875, 14.75}, Offset.offset(1e-12));
    }
}
