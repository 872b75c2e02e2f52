package org.stocktake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-worked weighted means, with missing children dropping out and the data threshold. */
class AggregationTest {

    private static final double NA = Double.NaN;
    private static final Aggregation.Mean A = Aggregation.Mean.ARITHMETIC;
    private static final Aggregation.Mean G = Aggregation.Mean.GEOMETRIC;
    private static final Aggregation.Mean H = Aggregation.Mean.HARMONIC;

    static Stream<Arguments> cases() {
        double[] x = {3, 7, NA, 12, 5, 7};
        double[] w = {1, 2, 1, 1, 1, 3};
        return Stream.of(
                // the missing third value and its weight drop out: weights 1, 2, 1, 1, 3 sum to 8;
                // (3 + 14 + 12 + 5 + 21)/8 = 55/8 = 6.875 (COINr F16)
                Arguments.of("amean drops a missing child", A, 0.0, x, w, 6.875),
                // exp((ln 3 + 2 ln 7 + ln 12 + ln 5 + 3 ln 7)/8) = (3 · 7⁵ · 12 · 5)^(1/8) = 3025260^(1/8) (F17)
                Arguments.of("gmean drops a missing child", G, 0.0, x, w, Math.pow(3025260, 1.0 / 8)),
                // 8 / (1/3 + 2/7 + 1/12 + 1/5 + 3/7) = 8 / (559/420) = 3360/559 = 6.01073 (F18)
                Arguments.of("hmean drops a missing child", H, 0.0, x, w, 3360.0 / 559),
                // (1 · 1 + 1 · 2 + 2 · 3)/4 = 9/4
                Arguments.of("amean, weights 1,1,2", A, 0.0, new double[] {1, 2, 3}, new double[] {1, 1, 2}, 2.25),
                // exp((0 + ln 2 + 2 ln 3)/4) = 18^(1/4) = 2.05977 (COINr test T-gmean-2)
                Arguments.of(
                        "gmean, weights 1,1,2",
                        G,
                        0.0,
                        new double[] {1, 2, 3},
                        new double[] {1, 1, 2},
                        Math.pow(18, 0.25)),
                // 4 / (2/1 + 1/2 + 1/3) = 4 / (17/6) = 24/17 = 1.41176 (COINr test T-hmean-1)
                Arguments.of("hmean, weights 2,1,1", H, 0.0, new double[] {1, 2, 3}, new double[] {2, 1, 1}, 24.0 / 17),
                // 2 of 3 children present: 2/3 is not below the threshold 2/3: (1 + 2)/2 = 1.5
                Arguments.of("threshold met exactly", A, 2.0 / 3, new double[] {1, 2, NA}, new double[] {1, 1, 1}, 1.5),
                // 1 of 3 present: 1/3 < 2/3, missing
                Arguments.of("threshold not met", A, 2.0 / 3, new double[] {1, NA, NA}, new double[] {1, 1, 1}, NA),
                // 1 of 3 present with no threshold: the one value
                Arguments.of("no threshold", A, 0.0, new double[] {4, NA, NA}, new double[] {1, 1, 1}, 4.0),
                Arguments.of("all children missing", A, 0.0, new double[] {NA, NA}, new double[] {1, 1}, NA),
                // the only child left has weight 0: nothing to average
                Arguments.of("remaining weights sum to zero", A, 0.0, new double[] {NA, 5}, new double[] {1, 0}, NA),
                // a zero weight keeps its child out of the mean but counts as data: (1·2 + 0·100)/1 = 2
                Arguments.of("zero weight", A, 1.0, new double[] {2, 100}, new double[] {1, 0}, 2.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void combines(
            String name, Aggregation.Mean mean, double threshold, double[] values, double[] weights, double expected) {
        double actual = new Aggregation(mean, threshold).combine(values, weights);

        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isCloseTo(expected, Offset.offset(1e-12));
        }
    }

    @Test
    void geometricAndHarmonicMeansRefuseValuesTheyCannotTake() {
        // ln 0 and 1/0 have no value; COINr stops with an error too (T-gmean-3)
        assertThatThrownBy(() -> Aggregation.of(Aggregation.Mean.GEOMETRIC)
                        .combine(new double[] {1, 2, 0}, new double[] {1, 1, 1}))
                .hasMessageContaining("positive");
        assertThatThrownBy(() ->
                        Aggregation.of(Aggregation.Mean.HARMONIC).combine(new double[] {1, 0}, new double[] {1, 1}))
                .hasMessageContaining("0");
        assertThatThrownBy(() -> new Aggregation(Aggregation.Mean.ARITHMETIC, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * COINr's documented harmonic-mean example (aggregate vignette): LPI, Flights, Ship and Bord of
     * the 51 ASEM units, min-max to [1, 100], then a_hmean with weights 1, 1, 2, 1.
     */
    @Test
    void reproducesCoinrsHarmonicMeanExample() {
        List<Node> nodes = List.of(
                new Node("y", null, 2, 1, 1),
                new Node("LPI", "y", 1, 1, 1),
                new Node("Flights", "y", 1, 1, 1),
                new Node("Ship", "y", 1, 1, 2),
                new Node("Bord", "y", 1, 1, 1));
        Framework framework = Framework.of(nodes);
        Dataset raw = RefData.dataset(
                RefData.rows(RefData.ASEM.resolve("asem_iData_full_precision.csv")),
                "uCode",
                List.of("LPI", "Flights", "Ship", "Bord"));

        Evaluation result = Evaluator.evaluate(
                framework, raw, new Normalisation.MinMax(1, 100), Aggregation.of(Aggregation.Mean.HARMONIC));

        List<Map<String, String>> expected = RefData.rows(RefData.ASEM.resolve("expected_doc_hmean_example.csv"));
        assertThat(expected).hasSize(51);
        for (Map<String, String> row : expected) {
            int u = result.units().indexOf(row.get("uCode"));
            for (String code : List.of("LPI", "Flights", "Ship", "Bord")) {
                assertThat(result.normalised().get(code)[u])
                        .as(row.get("uCode") + " " + code)
                        .isCloseTo(RefData.number(row.get(code)), Offset.offset(1e-9));
            }
            assertThat(result.aggregated().get("y")[u])
                    .as(row.get("uCode"))
                    .isCloseTo(RefData.number(row.get("y_hmean")), Offset.offset(1e-9));
        }
    }
}
