package org.stocktake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SDSN subnational SDG index for Benin (2023): 13 departments × 45 indicators, bounds and
 * thresholds from its codebook. Every published score (3 decimals) and colour is reproduced.
 */
class DistanceToTargetTest {

    private static final Path BENIN = RefData.ROOT.resolve("distance_to_target").resolve("sdsn_benin_2023");

    static Stream<Arguments> colours() {
        // assisted births, ascending: target 100, green 98, red 72, so the midpoint is 85
        DistanceToTarget births = new DistanceToTarget(61, 100, 98, 72);
        // inhabitants per hospital bed, descending: target 200, green 450, red 1300, midpoint 875
        DistanceToTarget beds = new DistanceToTarget(5769, 200, 450, 1300);
        return Stream.of(
                Arguments.of(births, 98.0, TrafficLight.GREEN), Arguments.of(births, 97.9, TrafficLight.YELLOW),
                Arguments.of(births, 85.0, TrafficLight.YELLOW), Arguments.of(births, 84.9, TrafficLight.ORANGE),
                Arguments.of(births, 72.0, TrafficLight.ORANGE), Arguments.of(births, 71.9, TrafficLight.RED),
                Arguments.of(beds, 450.0, TrafficLight.GREEN), Arguments.of(beds, 451.0, TrafficLight.YELLOW),
                Arguments.of(beds, 875.0, TrafficLight.YELLOW), Arguments.of(beds, 876.0, TrafficLight.ORANGE),
                Arguments.of(beds, 1300.0, TrafficLight.ORANGE), Arguments.of(beds, 1301.0, TrafficLight.RED));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("colours")
    void coloursByThresholdsAndTheirMidpoint(DistanceToTarget indicator, double value, TrafficLight expected) {
        assertThat(indicator.colour(value)).contains(expected);
    }

    @Test
    void aMissingValueHasNoColourAndNoScore() {
        DistanceToTarget births = new DistanceToTarget(61, 100, 98, 72);

        assertThat(births.colour(Double.NaN)).isEmpty();
        assertThat(births.score(Double.NaN)).isNaN();
    }

    @Test
    void reproducesThePublishedBeninScoresAndColours() {
        List<Map<String, String>> codebook = RefData.rows(BENIN.resolve("codebook_bounds_thresholds.csv"));
        Map<String, Map<String, String>> scores = byUnit(RefData.rows(BENIN.resolve("expected_normalised_scores.csv")));
        Map<String, Map<String, String>> colours = byUnit(RefData.rows(BENIN.resolve("expected_indicator_colors.csv")));
        int scored = 0;
        int coloured = 0;
        for (Map<String, String> unit : RefData.rows(BENIN.resolve("raw_values.csv"))) {
            for (Map<String, String> indicator : codebook) {
                String code = indicator.get("IndCode");
                DistanceToTarget method = method(indicator);
                double raw = RefData.number(unit.get(code));
                String where = unit.get("id") + " " + code;
                String expectedScore = scores.get(unit.get("id")).get(code);
                String expectedColour = colours.get(unit.get("id")).get(code);
                if (Double.isNaN(raw)) {
                    assertThat(expectedScore).as(where).isEmpty();
                    assertThat(expectedColour).as(where).isEmpty();
                    continue;
                }
                assertThat(threeDecimals(method.score(raw)))
                        .as(where)
                        .isEqualTo(new BigDecimal(expectedScore).setScale(3, RoundingMode.UNNECESSARY));
                scored++;
                assertThat(method.colour(raw).map(c -> c.name().toLowerCase(Locale.ROOT)))
                        .as(where)
                        .isEqualTo(Optional.of(expectedColour));
                coloured++;
            }
        }
        assertThat(scored).isEqualTo(584);
        assertThat(coloured).isEqualTo(584);
    }

    private static DistanceToTarget method(Map<String, String> indicator) {
        DistanceToTarget method = new DistanceToTarget(
                RefData.number(indicator.get("lower_bound")),
                RefData.number(indicator.get("upper_bound_target")),
                RefData.number(indicator.get("green_threshold")),
                RefData.number(indicator.get("red_threshold")));
        // the codebook's direction agrees with the order of the bounds
        boolean ascending = indicator.get("direction").equals("ascending");
        assertThat(method.upper() > method.lower()).as(indicator.get("IndCode")).isEqualTo(ascending);
        return method;
    }

    /** The score as published: rounded to 3 decimals, half to even on the exact binary value. */
    private static BigDecimal threeDecimals(double score) {
        return new BigDecimal(score).setScale(3, RoundingMode.HALF_EVEN);
    }

    private static Map<String, Map<String, String>> byUnit(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byUnit = new java.util.HashMap<>();
        rows.forEach(row -> byUnit.put(row.get("id"), row));
        return byUnit;
    }
}
