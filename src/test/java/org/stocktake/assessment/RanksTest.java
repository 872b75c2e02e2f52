package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one ranking rule, worked by hand: 1 is the best value by the polarity, equal values share the
 * lowest position (1, 2, 2, 4), missing values get no rank and do not count.
 */
class RanksTest {

    /** values (null = no data), polarity, expected ranks in the same order (null = unranked). */
    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("no ties, higher is better", "higher", List.of(5.0, 9.0, 7.0), Arrays.asList(3, 1, 2)),
                Arguments.of("no ties, lower is better", "lower", List.of(5.0, 9.0, 7.0), Arrays.asList(1, 3, 2)),
                Arguments.of(
                        "a tie for second: 1, =2, =2, 4",
                        "higher",
                        List.of(10.0, 8.0, 8.0, 3.0),
                        Arrays.asList(1, 2, 2, 4)),
                Arguments.of(
                        "the same values, lower is better: =1, =1, 3, 4",
                        "lower",
                        List.of(10.0, 8.0, 8.0, 3.0),
                        Arrays.asList(4, 2, 2, 1)),
                Arguments.of("a tie for first: =1, =1, 3", "higher", List.of(4.0, 4.0, 1.0), Arrays.asList(1, 1, 3)),
                Arguments.of(
                        "a tie for first, lower is better", "lower", List.of(1.0, 4.0, 1.0), Arrays.asList(1, 3, 1)),
                Arguments.of(
                        "a tie at the bottom, lower is better",
                        "lower",
                        List.of(2.0, 6.0, 6.0, 1.0),
                        Arrays.asList(2, 3, 3, 1)),
                Arguments.of("all equal", "higher", List.of(3.0, 3.0, 3.0), Arrays.asList(1, 1, 1)),
                Arguments.of("all equal, lower is better", "lower", List.of(3.0, 3.0, 3.0), Arrays.asList(1, 1, 1)),
                Arguments.of(
                        "gaps get no rank and do not count",
                        "higher",
                        Arrays.asList(5.0, null, 7.0, null),
                        Arrays.asList(2, null, 1, null)),
                Arguments.of(
                        "gaps, lower is better",
                        "lower",
                        Arrays.asList(null, 5.0, 7.0, null),
                        Arrays.asList(null, 1, 2, null)),
                Arguments.of("nothing to rank", "higher", Arrays.asList(null, null), Arrays.asList(null, null)),
                Arguments.of(
                        "three-way tie then one",
                        "higher",
                        List.of(1.0, 9.0, 9.0, 9.0, 2.0),
                        Arrays.asList(5, 1, 1, 1, 4)),
                Arguments.of(
                        "two ties: 1, =2, =2, =4, =4",
                        "higher",
                        List.of(9.0, 7.0, 7.0, 5.0, 5.0),
                        Arrays.asList(1, 2, 2, 4, 4)),
                Arguments.of(
                        "negative values, lower is better", "lower", List.of(-1.0, -3.0, -2.0), Arrays.asList(3, 1, 2)),
                Arguments.of("0.0 and -0.0 are equal", "higher", List.of(0.0, -0.0, 1.0), Arrays.asList(2, 2, 1)),
                Arguments.of("polarity LOWER in capitals", "LOWER", List.of(1.0, 2.0), Arrays.asList(1, 2)),
                Arguments.of("unknown polarity counts as higher", "", List.of(1.0, 2.0), Arrays.asList(2, 1)),
                Arguments.of("no polarity counts as higher", null, List.of(1.0, 2.0), Arrays.asList(2, 1)));
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
        assertThat(ranks).as("missing values are absent").hasSize((int)
                expected.stream().filter(r -> r != null).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void theArrayFormGivesTheSameRanksWithZeroForMissing(
            String name, String polarity, List<Double> values, List<Integer> expected) {
        double[] array =
                values.stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray();
        int[] want = expected.stream().mapToInt(r -> r == null ? 0 : r).toArray();

        assertThat(Ranks.of(array, Ranks.higherIsBetter(polarity))).as(name).containsExactly(want);
    }

    @Test
    void ranksAsNumbersKeepMissingAsNaN() {
        assertThat(Ranks.asNumbers(new int[] {2, 0, 1})).containsExactly(2.0, Double.NaN, 1.0);
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

    /** The sorting rule against the definition counted pair by pair: 1 + the values strictly better. */
    @Test
    void agreesWithTheDefinitionOnRandomDataWithManyTies() {
        Random random = new Random(20261130);
        for (int run = 0; run < 200; run++) {
            double[] values = new double[1 + random.nextInt(30)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(8) == 0 ? Double.NaN : random.nextInt(6);
            }
            boolean higher = random.nextBoolean();
            int[] ranks = Ranks.of(values, higher);
            for (int i = 0; i < values.length; i++) {
                int better = 0;
                for (double other : values) {
                    if (!Double.isNaN(values[i]) && (higher ? other > values[i] : other < values[i])) {
                        better++;
                    }
                }
                assertThat(ranks[i]).as("run %d unit %d", run, i).isEqualTo(Double.isNaN(values[i]) ? 0 : better + 1);
            }
        }
    }
}
