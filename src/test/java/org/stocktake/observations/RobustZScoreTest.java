package org.stocktake.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The modified z-score worked by hand. History 10, 12, 11, 13, 12: sorted 10 11 12 12 13,
 * median 12; absolute deviations 2 0 1 1 0, sorted 0 0 1 1 2, MAD 1; so z = 0.6745 (x − 12).
 * History 5, 5, 5, 5, 9: MAD 0, mean absolute deviation 4/5 = 0.8; z = (x − 5) / (1.253314 · 0.8).
 */
class RobustZScoreTest {

    @ParameterizedTest(name = "history {0}, x = {1}: z = {2}, outlier {3}")
    @CsvSource(delimiter = '|', textBlock = """
            10 12 11 13 12 | 20   |  5.396  | true
            10 12 11 13 12 | 14   |  1.349  | false
            10 12 11 13 12 | 17.2 |  3.5074 | true
            10 12 11 13 12 | 17.1 |  3.44   | false
            10 12 11 13 12 | 6    | -4.047  | true
            10 12 11 13 12 | 12   |  0      | false
            5 5 5 5 9      | 9    |  3.9894 | true
            5 5 5 5 9      | 6    |  0.9974 | false
            """)
    void scores(String history, double x, double z, boolean outlier) {
        OptionalDouble score = RobustZScore.score(x, values(history));
        assertThat(score).isPresent();
        assertThat(score.getAsDouble()).isCloseTo(z, within(0.001));
        assertThat(RobustZScore.isOutlier(score.getAsDouble())).isEqualTo(outlier);
    }

    @ParameterizedTest(name = "history {0}: no score")
    @CsvSource(textBlock = """
            10 12 11
            5 5 5 5
            """)
    void noScoreWithoutEnoughHistoryOrSpread(String history) {
        assertThat(RobustZScore.score(100, values(history))).isEmpty();
    }

    private static double[] values(String history) {
        return Arrays.stream(history.trim().split("\\s+"))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }
}
