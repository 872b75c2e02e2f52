package org.stocktake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Outranking matrix, Copeland scores and the Kemeny–Young ranking, worked by hand. */
class OutrankingTest {

    private static final double NA = Double.NaN;
    private static final Offset<Double> CLOSE = Offset.offset(1e-12);

    /**
     * Four units A–D, three indicators with weights 0.4, 0.35 and 0.25 (higher better):
     *
     * <pre>
     *        i1  i2  i3
     *    A    4   1   2
     *    B    3   3   1
     *    C    2   4   4
     *    D    1   2   3
     * </pre>
     *
     * A over B: i1 and i3, 0.4 + 0.25 = 0.65; A over C: i1, 0.4; A over D: i1, 0.4; B over C: i1, 0.4;
     * B over D: i1 and i2, 0.75; C over D: all, 1. The rest is 1 minus these. So C beats everyone,
     * and A beats B, B beats D, D beats A: a cycle whose three units all score Copeland −1.
     */
    private static final double[][] VALUES = {
        {4, 3, 2, 1},
        {1, 3, 4, 2},
        {2, 1, 4, 3}
    };

    private static final double[] WEIGHTS = {0.4, 0.35, 0.25};

    @Test
    void theOutrankingMatrixIsTheWeightOnWhichTheRowUnitIsBetter() {
        Outranking o = Outranking.of(VALUES, WEIGHTS, all(4));

        double[][] e = o.support();
        double[][] expected = {
            {NA, 0.65, 0.4, 0.4},
            {0.35, NA, 0.4, 0.75},
            {0.6, 0.6, NA, 1},
            {0.6, 0.25, 0, NA}
        };
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                if (a == b) {
                    assertThat(e[a][b]).isNaN();
                } else {
                    assertThat(e[a][b]).as("e(%d, %d)", a, b).isCloseTo(expected[a][b], CLOSE);
                }
            }
        }
    }

    @Test
    void copelandCountsWinsMinusDefeats() {
        assertThat(Outranking.of(VALUES, WEIGHTS, all(4)).copeland()).containsExactly(-1, -1, 3, -1);
    }

    /**
     * C first collects 0.6 + 0.6 + 1 = 2.2 in every order that puts it first. The cycle's orders
     * collect: A B D 0.65 + 0.4 + 0.75 = 1.8; A D B 0.4 + 0.65 + 0.25 = 1.3; B A D 0.35 + 0.75 + 0.4 =
     * 1.5; B D A 0.75 + 0.35 + 0.6 = 1.7; D A B 0.6 + 0.25 + 0.65 = 1.5; D B A 0.25 + 0.6 + 0.35 = 1.2.
     * The most support is C, A, B, D with 4.0, though Copeland cannot tell A, B and D apart.
     */
    @Test
    void theRankingMaximisesTheSupportOfThePairsItKeeps() {
        Outranking o = Outranking.of(VALUES, WEIGHTS, all(4));

        assertThat(o.ranks()).containsExactly(2, 3, 1, 4);
        assertThat(o.total()).isCloseTo(4.0, CLOSE);
        assertThat(o.search()).isEqualTo(Outranking.Search.EXACT);
    }

    @Test
    void reproducesCoinrsOutrankingCases() {
        // T-outrank-1: rows are units, equal weights; e(2,1) = 2/3, e(3,1) = 1/3, e(4,1) = 1
        double[][] byIndicator = {{1, 2, 3, 4}, {3, 2, 1, 5}, {2, 3, 1, 4}};
        double[][] e =
                Outranking.of(byIndicator, new double[] {1, 1, 1}, all(4)).support();
        assertThat(e[1][0]).isCloseTo(2.0 / 3, CLOSE);
        assertThat(e[2][0]).isCloseTo(1.0 / 3, CLOSE);
        assertThat(e[3][0]).isEqualTo(1);
        // T-outrank-2: two units tied pairwise: support ½ each way, Copeland 0 and 0
        Outranking tied = Outranking.of(new double[][] {{1, 2}, {2, 1}}, new double[] {1, 1}, all(2));
        assertThat(tied.support()[0][1]).isEqualTo(0.5);
        assertThat(tied.support()[1][0]).isEqualTo(0.5);
        assertThat(tied.copeland()).containsExactly(0, 0);
    }

    @Test
    void tiesCountHalfAndMissingValuesLeaveThePairOut() {
        // A and B tie on i1 (weight 2) and A wins i2 (weight 1): e(A, B) = (1 + 2/2)/3 = 2/3.
        // C has only i2, which A has too; D has only i1, which C lacks: C and D share nothing.
        double[][] values = {{5, 5, NA, 1}, {7, 6, 9, NA}};
        Outranking o = Outranking.of(values, new double[] {2, 1}, all(4));
        double[][] e = o.support();

        assertThat(e[0][1]).isCloseTo(2.0 / 3, CLOSE);
        assertThat(e[1][0]).isCloseTo(1.0 / 3, CLOSE);
        assertThat(e[0][2]).isZero();
        assertThat(e[2][3]).isNaN();
        assertThat(e[3][2]).isNaN();
        // C beats A and B; A beats B and D; B beats D: Copeland C 2 (D not compared), A 1, B −1, D −2
        assertThat(o.copeland()).containsExactly(1, -1, 2, -2);
    }

    @Test
    void unitsNotRankedTakeNoPart() {
        boolean[] ranked = {true, true, false, true};
        Outranking o = Outranking.of(VALUES, WEIGHTS, ranked);

        // without C: A B D (1.8) is the best order of the cycle
        assertThat(o.ranks()).containsExactly(1, 2, 0, 3);
        assertThat(o.copeland()[2]).isNaN();
        assertThat(o.copeland()[0]).isZero();
    }

    @Test
    void theExactOrderHasTheMostSupportOfAllOrders() {
        SplittableRandom random = new SplittableRandom(1616);
        for (int trial = 0; trial < 60; trial++) {
            int n = 2 + random.nextInt(6);
            double[][] m = randomSupport(n, random);
            int[] order = KemenyYoung.exact(m);
            assertThat(KemenyYoung.total(m, order))
                    .as("trial %d", trial)
                    .isCloseTo(bruteForceBest(m), Offset.offset(1e-9));
        }
    }

    @Test
    void theLocalSearchEndsWhereNoSingleMoveHelpsAndNeverAboveTheMaximum() {
        SplittableRandom random = new SplittableRandom(2008);
        for (int trial = 0; trial < 30; trial++) {
            int n = 3 + random.nextInt(9);
            double[][] m = randomSupport(n, random);
            double[] scores = new double[n];
            KemenyYoung.Local local = KemenyYoung.local(m, scores, Outranking.MAX_PASSES);
            double total = KemenyYoung.total(m, local.order());

            assertThat(local.converged()).isTrue();
            assertThat(total).isLessThanOrEqualTo(KemenyYoung.total(m, KemenyYoung.exact(m)) + 1e-9);
            for (int from = 0; from < n; from++) {
                for (int to = 0; to < n; to++) {
                    assertThat(KemenyYoung.total(m, moved(local.order(), from, to)))
                            .isLessThanOrEqualTo(total + 1e-9);
                }
            }
        }
    }

    @Test
    void moreThanTwentyUnitsAreRankedByLocalSearchAndSaySo() {
        // 25 units on one indicator: unit u has value u, so the best order is 24, 23, …, 0
        int n = 25;
        double[][] values = new double[1][n];
        Arrays.setAll(values[0], u -> u);
        Outranking o = Outranking.of(values, new double[] {1}, all(n));

        assertThat(o.search()).isEqualTo(Outranking.Search.LOCAL_OPTIMUM);
        for (int u = 0; u < n; u++) {
            assertThat(o.ranks()[u]).isEqualTo(n - u);
        }
    }

    @Test
    void asemsFiftyOneCountriesAreRankedByLocalSearchWithNoNeighboursToSwap() {
        Framework framework = RefData.asemFramework();
        Evaluation e = Evaluator.evaluate(
                framework,
                RefData.asemData(framework),
                new Normalisation.MinMax(0, 100),
                Aggregation.of(Aggregation.Mean.OUTRANKING));

        assertThat(e.outranking().search()).isEqualTo(Outranking.Search.LOCAL_OPTIMUM);
        int[] ranks = e.ranks();
        assertThat(Arrays.stream(ranks).sorted().toArray())
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, 51).toArray());
        int[] order = new int[51];
        for (int u = 0; u < 51; u++) {
            order[ranks[u] - 1] = u;
        }
        double[][] support = e.outranking().support();
        for (int k = 0; k + 1 < 51; k++) {
            // a pair placed against its majority would gain by a swap, which the local search tries
            assertThat(support[order[k]][order[k + 1]])
                    .as("%s above %s", e.units().get(order[k]), e.units().get(order[k + 1]))
                    .isGreaterThanOrEqualTo(0.5 - 1e-9);
        }
        assertThat(e.topScores()).containsExactly(e.outranking().copeland());
    }

    @Test
    void unitsWithTooFewIndicatorsAreNeitherScoredNorRanked() {
        Framework framework = Framework.of(List.of(
                new Node("i1", "index", 1, 1, 1),
                new Node("i2", "index", 1, 1, 1),
                new Node("i3", "index", 1, 1, 1),
                new Node("index", null, 2, 1, 1)));
        // D has one indicator of three: below the threshold of one half
        Dataset data = new Dataset(
                List.of("A", "B", "C", "D"),
                java.util.Map.of(
                        "i1", new double[] {3, 2, 1, 9},
                        "i2", new double[] {3, 1, 2, NA},
                        "i3", new double[] {1, 3, 2, NA}));

        Evaluation e = Evaluator.evaluate(
                framework, data, new Percentile(), new Aggregation(Aggregation.Mean.OUTRANKING, 0.5));

        // A beats B (i1, i2) and C (i1, i2); B beats C (i1, i3): Copeland 2, 0, −2 and A, B, C
        assertThat(e.ranks()).containsExactly(1, 2, 3, 0);
        assertThat(e.aggregated().get("index")).containsExactly(2, 0, -2, NA);
    }

    private static boolean[] all(int n) {
        boolean[] ranked = new boolean[n];
        Arrays.fill(ranked, true);
        return ranked;
    }

    /** A random outranking matrix: e(a, b) + e(b, a) = 1, in steps of 0.05 so that ties occur. */
    private static double[][] randomSupport(int n, SplittableRandom random) {
        double[][] m = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                m[a][b] = random.nextInt(21) / 20.0;
                m[b][a] = 1 - m[a][b];
            }
        }
        return m;
    }

    private static double bruteForceBest(double[][] m) {
        List<int[]> orders = new ArrayList<>();
        permutations(new int[0], m.length, orders);
        return orders.stream().mapToDouble(o -> KemenyYoung.total(m, o)).max().orElseThrow();
    }

    private static void permutations(int[] prefix, int n, List<int[]> out) {
        if (prefix.length == n) {
            out.add(prefix);
            return;
        }
        for (int u = 0; u < n; u++) {
            int unit = u;
            if (Arrays.stream(prefix).noneMatch(p -> p == unit)) {
                int[] next = Arrays.copyOf(prefix, prefix.length + 1);
                next[prefix.length] = u;
                permutations(next, n, out);
            }
        }
    }

    private static int[] moved(int[] order, int from, int to) {
        List<Integer> list = new ArrayList<>(Arrays.stream(order).boxed().toList());
        Integer unit = list.remove(from);
        list.add(to, unit);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
