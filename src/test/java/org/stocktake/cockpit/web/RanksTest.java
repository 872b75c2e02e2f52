package org.stocktake.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Competition ranking with ties, worked by hand: equal values share the lowest rank, gaps follow. */
class RanksTest {

    /** values (null = no data), polarity, expected ranks in the same order (null = unranked). */
    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("no ties, higher is better", "higher", List.of(5.0, 9.0, 7.0), Arrays.asList(3, 1, 2)),
                Arguments.of("no ties, lower is better", "lower", List.of(5.0, 9.0, 7.0), Arrays.asList(1, 3, 2)),
                Arguments.of("a tie for second: 1, =2, =2, 4", "higher", List.of(10.0, 8.0, 8.0, 3.0), Arrays.asList(1, 2, 2, 4)),
                Arguments.of("a tie for first: =1, =1, 3", "higher", List.of(4.0, 4.0, 1.0), Arrays.asList(1, 1, 3)),
                Arguments.of("a tie at the bottom, lower is better", "lower", List.of(2.0, 6.0, 6.0, 1.0), Arrays.asList(2, 3, 3, 1)),
                Arguments.of("all equal", "higher", List.of(3.0, 3.0, 3.0), Arrays.asList(1, 1, 1)),
                Arguments.of("gaps get no rank and do not count", "higher", Arrays.asList(5.0, null, 7.0, null),
                        Arrays.asList(2, null, 1, null)),
                Arguments.of("three-way tie then one", "higher", List.of(1.0, 9.0, 9.0, 9.0, 2.0), Arrays.asList(5, 1, 1, 1, 4)),
                Arguments.of("unknown polarity counts as higher", "", List.of(1.0, 2.0), Arrays.asList(2, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void ranksFollowTheHandWorkedTable(String name, String polarity, List<Double> values, List<Integer> expected) {
        Map<String, Double> byRegion = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            byRegion.put("r" + i, values.get(i));
        }
        Map<String, Integer> ranks = Ranks.of(byRegion, Ranks.higherIsBetter(polarity));
        for (int i = 0; i < values.size(); i++) {
            assertThat(ranks.get("r" + i)).as(name + " r" + i).isEqualTo(expected.get(i));
        }
    }

    @Test
    void tiesAreMarked() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("a", 10.0);
        values.put("b", 8.0);
        values.put("c", 8.0);
        values.put("d", null);
        Map<String, Integer> ranks = Ranks.of(values, true);
        assertThat(Ranks.tied(ranks, "a")).isFalse();
        assertThat(Ranks.tied(ranks, "b")).isTrue();
        assertThat(Ranks.tied(ranks, "c")).isTrue();
        assertThat(Ranks.tied(ranks, "d")).isFalse();
    }
}
