package org.stocktake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-worked tables for the normalisations of the OECD/JRC Handbook's Table 15 that came with issue
 * 16, each named as {@code evaluate --normalise} names it. They use x = [3, 7, –, 12, 5, 7] (– missing):
 * five values, mean 34/5 = 6.8, largest 12, smallest 3; sorted 3, 5, 7, 7, 12.
 */
class HandbookNormalisationTest {

    private static final double NA = Double.NaN;
    private static final double[] X = {3, 7, NA, 12, 5, 7};

    private static Arguments c(String name, int direction, double[] expected) {
        return Arguments.of(name, direction, X, expected);
    }

    private static Arguments c(String name, int direction, double[] input, double[] expected) {
        return Arguments.of(name, direction, input, expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // x / 6.8
                c("ratio-mean", 1, new double[] {3 / 6.8, 7 / 6.8, NA, 12 / 6.8, 5 / 6.8, 7 / 6.8}),
                // lower is better: inverted, 6.8 / x
                c("ratio-mean", -1, new double[] {6.8 / 3, 6.8 / 7, NA, 6.8 / 12, 6.8 / 5, 6.8 / 7}),
                // leader 12: x / 12, the leader scores 1
                c("ratio-best", 1, new double[] {0.25, 7.0 / 12, NA, 1, 5.0 / 12, 7.0 / 12}),
                // lower is better, leader 3: 3 / x, the leader still scores 1 and the others less
                c("ratio-best", -1, new double[] {1, 3.0 / 7, NA, 0.25, 0.6, 3.0 / 7}),
                // laggard 3: x / 3
                c("ratio-worst", 1, new double[] {1, 7.0 / 3, NA, 4, 5.0 / 3, 7.0 / 3}),
                // lower is better, laggard 12: 12 / x
                c("ratio-worst", -1, new double[] {4, 12.0 / 7, NA, 1, 2.4, 12.0 / 7}),
                // (x − 6.8) / 6.8
                c("reldiff-mean", 1, new double[] {-3.8 / 6.8, 0.2 / 6.8, NA, 5.2 / 6.8, -1.8 / 6.8, 0.2 / 6.8}),
                // −(x − 6.8) / |6.8|
                c("reldiff-mean", -1, new double[] {3.8 / 6.8, -0.2 / 6.8, NA, -5.2 / 6.8, 1.8 / 6.8, -0.2 / 6.8}),
                // (x − 12) / 12: the leader 0, the others below
                c("reldiff-best", 1, new double[] {-0.75, -5.0 / 12, NA, 0, -7.0 / 12, -5.0 / 12}),
                // (x − 3) / 3
                c("reldiff-worst", 1, new double[] {0, 4.0 / 3, NA, 3, 2.0 / 3, 4.0 / 3}),
                // lower is better, laggard 12: −(x − 12) / 12
                c("reldiff-worst", -1, new double[] {0.75, 5.0 / 12, NA, 0, 7.0 / 12, 5.0 / 12}),
                // band ±0.2 × 6.8 = ±1.36 around the mean: gaps −3.8, 0.2, 5.2, −1.8, 0.2
                c("abovebelow:0.2", 1, new double[] {-1, 0, NA, 1, -1, 0}),
                c("abovebelow:0.2", -1, new double[] {1, 0, NA, -1, 1, 0}),
                // mean 10, band ±2.5: the bounds themselves (7.5, 12.5) score 0
                c("abovebelow:0.25", 1, new double[] {7.5, 12.5, 10, 10}, new double[] {0, 0, 0, 0}),
                c("abovebelow:0.25", 1, new double[] {7.4, 12.6, 10, 10}, new double[] {-1, 1, 0, 0}),
                // p = 0: only the mean itself scores 0
                c("abovebelow:0", 1, new double[] {9, 11, 10}, new double[] {-1, 1, 0}),
                // values at or below: 3 → 1, 7 → 4 (ties share the higher), 12 → 5, 5 → 2; 100 × (c − 1) / 4
                c("percentile", 1, new double[] {0, 75, NA, 100, 25, 75}),
                // −x sorted −12, −7, −7, −5, −3: −3 → 5, −7 → 3, −12 → 1, −5 → 4
                c("percentile", -1, new double[] {100, 50, NA, 0, 75, 50}),
                // a single value is at or above every percentile of its own distribution
                c("percentile", 1, new double[] {NA, 4}, new double[] {NA, 100}),
                c("percentile", 1, new double[] {2, 2, 2}, new double[] {100, 100, 100}),
                // the Handbook's example brackets: percentiles 0, 75, 100, 25 fall in brackets 0, 3, 5, 2 of 5
                c("categorical:15:25:65:85:95", 1, new double[] {0, 60, NA, 100, 40, 60}),
                // a median split on −x: percentiles 100, 50, 0, 75, 50 against the bound 50
                c("categorical:50", -1, new double[] {100, 100, NA, 0, 100, 100}),
                // three brackets of a 0–100 scale from two bounds: 0, 50, 100
                c("categorical:30:80", 1, new double[] {0, 50, NA, 100, 0, 50}),
                c("raw", 1, X),
                c("raw", -1, new double[] {-3, -7, NA, -12, -5, -7}));
    }

    @ParameterizedTest(name = "{0}, direction {1}")
    @MethodSource("cases")
    void normalises(String name, int direction, double[] input, double[] want) {
        double[] actual = Methods.normalisation(name, null).normalise(input, direction);

        assertThat(actual).hasSameSizeAs(want);
        for (int i = 0; i < want.length; i++) {
            if (Double.isNaN(want[i])) {
                assertThat(actual[i]).as(name + " [" + i + "]").isNaN();
            } else {
                assertThat(actual[i]).as(name + " [" + i + "]").isCloseTo(want[i], Offset.offset(1e-12));
            }
        }
    }

    @Test
    void aPercentileOfAtLeastBMeansAtOrAboveRsTypeSevenQuantile() {
        SplittableRandom random = new SplittableRandom(16);
        for (int trial = 0; trial < 500; trial++) {
            int n = 2 + random.nextInt(30);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(12); // many ties
            }
            int direction = random.nextBoolean() ? 1 : -1;
            double b = 100 * random.nextDouble();
            double[] percentiles = new Percentile().normalise(x, direction);
            double[] sorted = Arrays.stream(x).map(v -> v * direction).sorted().toArray();
            double quantile = Stats.quantile(sorted, b / 100);
            for (int i = 0; i < n; i++) {
                assertThat(percentiles[i] >= b)
                        .as("x' = %s, b = %s, Q = %s, P = %s", x[i] * direction, b, quantile, percentiles[i])
                        .isEqualTo(x[i] * direction >= quantile);
            }
        }
    }

    @Test
    void theHandbooksCategoricalExampleScoresByPercentileBrackets() {
        // 21 distinct values 0…20: percentile of value v is 5v, so v = 2 (10) → 0, 3 (15) → 20,
        // 5 (25) → 40, 12 (60) → 40, 13 (65) → 60, 17 (85) → 80, 19 (95) → 100, 20 → 100
        double[] x = new double[21];
        Arrays.setAll(x, i -> i);
        double[] scores =
                Methods.normalisation("categorical:15:25:65:85:95", null).normalise(x, 1);
        assertThat(new double[] {
                    scores[2], scores[3], scores[5], scores[12], scores[13], scores[17], scores[19], scores[20]
                })
                .containsExactly(0, 20, 40, 40, 60, 80, 100, 100);
    }

    @Test
    void ratiosNeedPositiveValuesAndRelativeDifferencesANonZeroReference() {
        assertThatThrownBy(() -> Methods.normalisation("ratio-best", null).normalise(new double[] {0, 2, 3}, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ratio normalisations need values above 0, got 0");
        assertThatThrownBy(() -> Methods.normalisation("ratio-mean", null).normalise(new double[] {-1, 2}, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Methods.normalisation("reldiff-mean", null).normalise(new double[] {-2, 2}, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the reference value (mean, best or worst) is 0");
        assertThatThrownBy(() -> Methods.normalisation("abovebelow:0.1", null).normalise(new double[] {-2, 2}, 1))
                .isInstanceOf(IllegalArgumentException.class);
        // a negative reference: the sign of the difference still follows the direction
        assertThat(Methods.normalisation("reldiff-worst", null).normalise(new double[] {-4, -2}, 1))
                .containsExactly(0, 0.5);
    }

    @Test
    void hugeValuesKeepAFiniteMean() {
        double[] x = {1.5e308, 1.7e308};
        double[] r = Methods.normalisation("ratio-mean", null).normalise(x, 1);
        assertThat(r[0]).isCloseTo(1.5 / 1.6, Offset.offset(1e-12));
        // mean 1e308 / 3: (x − m) / m for x = −1.7e308 is −6.1, computed without overflow
        double[] d = Methods.normalisation("reldiff-mean", null).normalise(new double[] {-1.7e308, 1.7e308, 1e308}, 1);
        assertThat(d[0]).isCloseTo(-6.1, Offset.offset(1e-9));
        assertThat(d[1]).isCloseTo(4.1, Offset.offset(1e-9));
    }

    @Test
    void namesAreReadWithTheirParameters() {
        assertThat(Methods.normalisation("abovebelow:0.2", null)).isEqualTo(new AboveBelow(0.2));
        assertThat(Methods.normalisation(" categorical:15:25 ", null)).isEqualTo(new Categorical(List.of(15.0, 25.0)));
        assertThat(Methods.normalisation("ratio-best", null)).isEqualTo(new Relative(Relative.Reference.BEST, false));
        assertThat(Methods.normalisation("reldiff-worst", null))
                .isEqualTo(new Relative(Relative.Reference.WORST, true));
        assertThat(Methods.normalisation("raw", null)).isEqualTo(new Normalisation.Raw());
        assertThat(Methods.aggregation("outranking", 0.5)).isEqualTo(new Aggregation(Aggregation.Mean.OUTRANKING, 0.5));
    }

    @Test
    void wrongNamesAndParametersAreRefusedWithAReason() {
        assertInvalid("abovebelow:x", "evaluation.method.threshold");
        assertInvalid("abovebelow", "evaluation.method.threshold");
        assertInvalid("abovebelow:-0.1", "evaluation.method.threshold");
        assertInvalid("abovebelow:0.1:0.2", "evaluation.method.threshold");
        assertInvalid("categorical", "evaluation.method.brackets");
        assertInvalid("categorical:50:20", "evaluation.method.brackets");
        assertInvalid("categorical:0:50", "evaluation.method.brackets");
        assertInvalid("categorical:50:150", "evaluation.method.brackets");
        assertInvalid("categorical:a", "evaluation.method.brackets");
        assertInvalid("percentile:3", "evaluation.method.no-parameters");
        assertInvalid("raw:1", "evaluation.method.no-parameters");
        assertInvalid("ratio", "evaluation.method.unknown");
        assertInvalid("minmax:1", "evaluation.method.two-numbers");
        assertInvalid("minmax:100:0", "evaluation.method.invalid");
        assertThatThrownBy(() -> Methods.aggregation("median", 0))
                .isInstanceOfSatisfying(
                        Methods.Invalid.class, e -> assertThat(e.key()).isEqualTo("evaluation.method.aggregate"));
    }

    private static void assertInvalid(String name, String key) {
        assertThatThrownBy(() -> Methods.normalisation(name, null))
                .as(name)
                .isInstanceOfSatisfying(
                        Methods.Invalid.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
