package org.stocktake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ranks (1 = best, ties take the lowest position, missing unranked), peer groups, deductions, vetoes. */
class RankingTest {

    private static final double NA = Double.NaN;

    static Stream<Arguments> cases() {
        return Stream.of(
                // 90 is best; the two 70s share 2; 50 comes 4th (3 is skipped); missing has no rank (0)
                Arguments.of(
                        "ties take the lowest position", new double[] {70, 90, 70, NA, 50}, new int[] {2, 1, 2, 0, 4}),
                Arguments.of("all tied", new double[] {1, 1, 1}, new int[] {1, 1, 1}),
                Arguments.of("nothing to rank", new double[] {NA, NA}, new int[] {0, 0}),
                Arguments.of("negative scores", new double[] {-1, -3, -2}, new int[] {1, 3, 2}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ranks(String name, double[] scores, int[] expected) {
        assertThat(Ranking.ranks(scores)).containsExactly(expected);
    }

    @Test
    void ranksWithinPeerGroups() {
        // group A: 80 (1), 60 (2); group B: 70 (1), 70 (1), 90 ranks above both → 90 (1), 70s (2)
        double[] scores = {80, 70, 60, 70, 90};
        List<String> groups = List.of("A", "B", "A", "B", "B");

        assertThat(Ranking.withinGroups(scores, groups)).containsExactly(1, 2, 2, 2, 1);
    }

    @Test
    void deductionsLowerScoresButNotBelowTheFloor() {
        // a: 80 − 5 = 75; b: 90 − 0 = 90; c: 3 − 10 = −7, floored at 0; d stays missing
        Adjustments adjustments = new Adjustments(Map.of("a", 5.0, "c", 10.0), Set.of(), 0);

        Adjustments.Adjusted adjusted = adjustments.apply(List.of("a", "b", "c", "d"), new double[] {80, 90, 3, NA});

        assertThat(adjusted.scores()).containsExactly(75, 90, 0, NA);
        assertThat(adjusted.vetoed()).containsExactly(false, false, false, false);
    }

    @Test
    void aVetoedUnitRanksAfterEveryUnitThatIsNotVetoed() {
        // b has the best score (95) but is vetoed: a (80) 1st, c (60) 2nd, then b 3rd; d (50) is vetoed too
        // and below b, so 4th
        Adjustments adjustments = new Adjustments(Map.of(), Set.of("b", "d"), 0);
        List<String> units = List.of("a", "b", "c", "d");
        Adjustments.Adjusted adjusted = adjustments.apply(units, new double[] {80, 95, 60, 50});

        int[] ranks = Ranking.ranks(adjusted.scores(), adjusted.vetoed(), List.of("g", "g", "g", "g"));

        assertThat(adjusted.scores()).containsExactly(80, 95, 60, 50);
        assertThat(ranks).containsExactly(1, 3, 2, 4);
    }

    @Test
    void vetoesCountWithinTheirOwnGroupOnly() {
        // group X: a 70 (vetoed) after b 60; group Y: c 50 alone
        double[] scores = {70, 60, 50};
        boolean[] vetoed = {true, false, false};

        assertThat(Ranking.ranks(scores, vetoed, List.of("X", "X", "Y"))).containsExactly(2, 1, 1);
    }

    /**
     * The sorting ranking against the definition counted pair by pair (1 + the units of the same group
     * ahead: not vetoed against vetoed, or the same veto and a higher score), on random data with many
     * ties, missing scores, signed zeros, vetoes and groups (fixed seed).
     */
    @Test
    void sortingGivesTheRanksOfThePairwiseDefinition() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261130);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(1, 120);
            double[] scores = new double[n];
            boolean[] vetoed = new boolean[n];
            List<String> groups = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(10);
                scores[i] = kind == 0 ? NA : kind == 1 ? -0.0 : kind == 2 ? 0.0 : random.nextInt(8) * 1.5;
                vetoed[i] = random.nextInt(6) == 0;
                groups.add(random.nextInt(4) == 0 ? null : "g" + random.nextInt(3));
            }
            assertThat(Ranking.ranks(scores, vetoed, groups))
                    .as("round " + round)
                    .containsExactly(pairwise(scores, vetoed, groups));
        }
    }

    private static int[] pairwise(double[] scores, boolean[] vetoed, List<String> groups) {
        int[] ranks = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                continue;
            }
            int ahead = 0;
            for (int j = 0; j < scores.length; j++) {
                boolean sameGroup = java.util.Objects.equals(groups.get(i), groups.get(j));
                boolean before = vetoed[j] != vetoed[i] ? !vetoed[j] : scores[j] > scores[i];
                if (!Double.isNaN(scores[j]) && sameGroup && before) {
                    ahead++;
                }
            }
            ranks[i] = ahead + 1;
        }
        return ranks;
    }
}
