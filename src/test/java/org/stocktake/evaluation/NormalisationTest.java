package org.stocktake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-worked cases for every normalisation. Most use x = [3, 7, –, 12, 5, 7] (– missing, 7 twice),
 * the vector of COINr's reference runs F01–F15 in {@code coinr_function_cases.json}, whose outputs
 * agree with the arithmetic below.
 */
class NormalisationTest {

    private static final double NA = Double.NaN;
    private static final double[] X = {3, 7, NA, 12, 5, 7};

    static Stream<Arguments> cases() {
        return Stream.of(
                // min 3, max 12, range 9: (x − 3)/9 × 100 → 0, 400/9, –, 100, 200/9, 400/9 (COINr F01)
                Arguments.of("minmax 0–100", new Normalisation.MinMax(0, 100), 1, X, new double[] {
                    0, 400.0 / 9, NA, 100, 200.0 / 9, 400.0 / 9
                }),
                // (x − 3)/9 × 99 + 1 → 1, 45, –, 100, 23, 45 (COINr F02)
                Arguments.of(
                        "minmax 1–100", new Normalisation.MinMax(1, 100), 1, X, new double[] {1, 45, NA, 100, 23, 45}),
                // direction −1 first: −x ranges −12…−3, so (−x + 12)/9 × 100 → 100, 500/9, –, 0, 700/9, 500/9 (F15)
                Arguments.of("minmax, lower is better", new Normalisation.MinMax(0, 100), -1, X, new double[] {
                    100, 500.0 / 9, NA, 0, 700.0 / 9, 500.0 / 9
                }),
                // min 1, max 10: (x − 1)/9 × 5 + 2 → 2, 4.5, 7 (as COINr's test T-minmax-1 on 1…10)
                Arguments.of("minmax 2–7", new Normalisation.MinMax(2, 7), 1, new double[] {1, 5.5, 10}, new double[] {
                    2, 4.5, 7
                }),
                // all values equal: no range, every value missing (as COINr, which returns NaN)
                Arguments.of(
                        "minmax of a constant",
                        new Normalisation.MinMax(0, 100),
                        1,
                        new double[] {4, 4, NA},
                        new double[] {NA, NA, NA}),
                // mean 34/5 = 6.8; squares 14.44 + 0.04 + 27.04 + 3.24 + 0.04 = 44.8; sd = √(44.8/4) = √11.2
                // z = (x − 6.8)/√11.2 → −1.13547, 0.05976, –, 1.55380, −0.53785, 0.05976 (COINr F03)
                Arguments.of("zscore 0,1", new Normalisation.ZScore(0, 1), 1, X, new double[] {
                    -3.8 / Math.sqrt(11.2),
                    0.2 / Math.sqrt(11.2),
                    NA,
                    5.2 / Math.sqrt(11.2),
                    -1.8 / Math.sqrt(11.2),
                    0.2 / Math.sqrt(11.2)
                }),
                // 10 + 2z → 7.72907, 10.11952, –, 13.10759, 8.92429, 10.11952 (COINr F04)
                Arguments.of("zscore 10,2", new Normalisation.ZScore(10, 2), 1, X, new double[] {
                    7.72906564226465, 10.11952286093344, NA, 13.10759438426942, 8.92429425159905, 10.11952286093344
                }),
                // ascending positions: 3 → 1, 5 → 2, 7 and 7 share 3, 12 → 5 (4 is skipped) (COINr F05)
                Arguments.of(
                        "rank, ties share the lowest", new Normalisation.Rank(), 1, X, new double[] {1, 3, NA, 5, 2, 3
                        }),
                // −x ascending: −12 → 1, −7 and −7 share 2, −5 → 4, −3 → 5
                Arguments.of(
                        "rank, lower is better", new Normalisation.Rank(), -1, X, new double[] {5, 2, NA, 1, 4, 2}),
                // 60 + 40 × (x − 3)/9 → 60, 60 + 160/9, –, 100, 60 + 80/9, 60 + 160/9
                Arguments.of("efficacy coefficient", new Normalisation.Efficacy(), 1, X, new double[] {
                    60, 60 + 160.0 / 9, NA, 100, 60 + 80.0 / 9, 60 + 160.0 / 9
                }),
                // on −x, worst −12 and best −3: 60 + 40 × (−x + 12)/9 → 100, 60 + 200/9, –, 60, 60 + 280/9
                Arguments.of("efficacy, lower is better", new Normalisation.Efficacy(), -1, X, new double[] {
                    100, 60 + 200.0 / 9, NA, 60, 60 + 280.0 / 9, 60 + 200.0 / 9
                }),
                // worst 4, best 10: (x − 4)/6 × 100 clipped → 0 (−16.7), 50, –, 100 (133), 100/6, 50 (COINr F13)
                Arguments.of("frontier 4→10", new Normalisation.Frontier(4, 10), 1, X, new double[] {
                    0, 50, NA, 100, 100.0 / 6, 50
                }),
                // worst 10, best 4 (lower is better): (x − 10)/(4 − 10) × 100 → 100 (116.7), 50, –, 0 (−33), 500/6, 50
                // the same whatever the direction says, as the bounds carry it (COINr F14)
                Arguments.of("frontier 10→4", new Normalisation.Frontier(10, 4), -1, X, new double[] {
                    100, 50, NA, 0, 500.0 / 6, 50
                }),
                // worst and best observed: the same as min-max 0–100
                Arguments.of("frontier observed", Normalisation.Frontier.observed(), 1, X, new double[] {
                    0, 400.0 / 9, NA, 100, 200.0 / 9, 400.0 / 9
                }),
                // SDSN, assisted births: lower 61, target 100: (71.232 − 61)/39 × 100 = 26.2359; 101 → 100; 50 → 0
                Arguments.of(
                        "distance to target",
                        new DistanceToTarget(61, 100, 98, 72),
                        1,
                        new double[] {71.232, 101, 50, NA},
                        new double[] {1023.2 / 39, 100, 0, NA}),
                // SDSN, inhabitants per hospital bed, lower is better: lower 5769, target 200:
                // (5769 − 3742.003)/5569 × 100 = 36.3979
                Arguments.of(
                        "distance to target, lower is better",
                        new DistanceToTarget(5769, 200, 450, 1300),
                        -1,
                        new double[] {3742.003, 150},
                        new double[] {202699.7 / 5569, 100}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void normalises(String name, Normalisation normalisation, int direction, double[] input, double[] expected) {
        double[] actual = normalisation.normalise(input, direction);

        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as(name + " [" + i + "]").isNaN();
            } else {
                assertThat(actual[i]).as(name + " [" + i + "]").isCloseTo(expected[i], Offset.offset(1e-12));
            }
        }
    }

    @Test
    void leavesTheInputAlone() {
        double[] input = X.clone();

        new Normalisation.Rank().normalise(input, -1);

        assertThat(input).containsExactly(X);
    }

    @Test
    void refusesMeaninglessParameters() {
        assertThatThrownBy(() -> new Normalisation.MinMax(100, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Normalisation.ZScore(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Normalisation.Frontier(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Normalisation.Frontier(5, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        // the red threshold 99 would be better than the green 98 for an ascending indicator
        assertThatThrownBy(() -> new DistanceToTarget(61, 100, 98, 99)).isInstanceOf(IllegalArgumentException.class);
    }
}
