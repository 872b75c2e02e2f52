package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdict-score rule worked by hand: a score per class, a region's mean over its scored
 * verdicts (not comparable and insufficient data left out), and the ranking of regions by it.
 */
class VerdictScoreTest {

    static Stream<Arguments> classes() {
        return Stream.of(
                Arguments.of("achieved", 100.0),
                Arguments.of("achieved_early", 100.0),
                Arguments.of("ahead", 80.0),
                Arguments.of("on_track", 60.0),
                Arguments.of("lagging", 30.0),
                Arguments.of("deteriorating", 0.0),
                Arguments.of("not_achieved", 0.0),
                Arguments.of("not_comparable", null),
                Arguments.of("insufficient_data", null));
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @MethodSource("classes")
    void eachClassHasItsScore(String code, Double expected) {
        OptionalDouble score = VerdictScore.of(cls(code));
        if (expected == null) {
            assertThat(score).isEmpty();
        } else {
            assertThat(score).hasValue(expected);
        }
    }

    @Test
    void everyClassIsScoredOrExcludedOnPurpose() {
        for (VerdictClass c : VerdictClass.values()) {
            assertThat(VerdictScore.of(c).isPresent() != VerdictScore.EXCLUDED.contains(c.code()))
                    .as(c + " needs a score or an exclusion in VerdictScore")
                    .isTrue();
        }
    }

    /** region: its verdict classes → expected mean (null = no score), counted verdicts. */
    static Stream<Arguments> regions() {
        return Stream.of(
                // (100 + 60 + 30) / 3 = 63.33… → 63.3
                Arguments.of("achieved_early on_track lagging", 63.3, 3),
                // insufficient data is left out: (80 + 0) / 2 = 40
                Arguments.of("ahead deteriorating insufficient_data", 40.0, 2),
                // (60 + 60 + 30 + 30 + 0 + 0) / 6 = 30
                Arguments.of("on_track on_track lagging lagging deteriorating deteriorating", 30.0, 6),
                // (100 + 80 + 80) / 3 = 86.66… → 86.7
                Arguments.of("achieved_early ahead ahead", 86.7, 3),
                // final verdicts: (100 + 0 + 30) / 3 = 43.33… → 43.3; not comparable left out
                Arguments.of("achieved not_achieved lagging not_comparable", 43.3, 3),
                Arguments.of("insufficient_data not_comparable", null, 0),
                Arguments.of("insufficient_data insufficient_data", null, 0),
                Arguments.of("", null, 0));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("regions")
    void aRegionsScoreIsTheMeanOfItsScoredVerdicts(String classes, Double expected, int counted) {
        List<VerdictClass> list = list(classes);
        if (expected == null) {
            assertThat(VerdictScore.mean(list)).isEmpty();
        } else {
            assertThat(VerdictScore.mean(list)).hasValue(expected);
        }
        assertThat(VerdictScore.counted(list)).isEqualTo(counted);
    }

    @Test
    void regionsAreRankedByTheirScoresBestFirstTiesSharingAndUnscoredUnranked() {
        Map<String, List<VerdictClass>> regions = new LinkedHashMap<>();
        regions.put("A", list("on_track lagging")); // 45
        regions.put("B", list("ahead ahead insufficient_data")); // 80
        regions.put("C", list("insufficient_data")); // no score
        regions.put("D", list("achieved_early deteriorating lagging ahead")); // (100+0+30+80)/4 = 52.5
        regions.put("E", list("lagging on_track")); // 45, tied with A
        Map<String, Double> scores = new LinkedHashMap<>();
        regions.forEach((k, v) -> scores.put(
                k, VerdictScore.mean(v).isPresent() ? VerdictScore.mean(v).getAsDouble() : null));
        assertThat(scores)
                .containsEntry("A", 45.0)
                .containsEntry("B", 80.0)
                .containsEntry("C", null)
                .containsEntry("D", 52.5)
                .containsEntry("E", 45.0);
        assertThat(Ranks.of(scores, true))
                .containsExactly(Map.entry("A", 3), Map.entry("B", 1), Map.entry("D", 2), Map.entry("E", 3));
    }

    private static List<VerdictClass> list(String codes) {
        return Arrays.stream(codes.split(" "))
                .filter(s -> !s.isBlank())
                .map(VerdictScoreTest::cls)
                .toList();
    }

    private static VerdictClass cls(String code) {
        return VerdictClass.valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
