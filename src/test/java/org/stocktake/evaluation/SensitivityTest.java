package org.stocktake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Monte Carlo rank intervals on COINr's ASEM data (51 units, 49 indicators, 4 levels). */
class SensitivityTest {

    private static final Framework FRAMEWORK = RefData.asemFramework();
    private static final Dataset DATA = RefData.asemData(FRAMEWORK);
    private static final List<Normalisation> MINMAX = List.of(new Normalisation.MinMax(0, 100));
    private static final List<Aggregation> AMEAN = List.of(Aggregation.of(Aggregation.Mean.ARITHMETIC));

    @Test
    void theSameSeedGivesTheSameIntervals() {
        Sensitivity analysis = new Sensitivity(
                0.3,
                List.of(new Normalisation.MinMax(1, 100), new Normalisation.Efficacy(), new Normalisation.Rank()),
                List.of(Aggregation.of(Aggregation.Mean.ARITHMETIC), Aggregation.of(Aggregation.Mean.GEOMETRIC)),
                200,
                20261126L);

        List<Sensitivity.RankInterval> first = analysis.run(FRAMEWORK, DATA);
        List<Sensitivity.RankInterval> second = analysis.run(FRAMEWORK, DATA);
        List<Sensitivity.RankInterval> otherSeed =
                new Sensitivity(0.3, analysis.normalisations(), analysis.aggregations(), 200, 1L).run(FRAMEWORK, DATA);

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(first).hasSize(51).allSatisfy(i -> {
            assertThat(i.p5()).isLessThanOrEqualTo(i.median());
            assertThat(i.median()).isLessThanOrEqualTo(i.p95());
            assertThat(i.rankedRuns()).isEqualTo(200);
        });
        assertThat(first.stream()
                        .mapToDouble(Sensitivity.RankInterval::width)
                        .max()
                        .orElseThrow())
                .isPositive();
    }

    @Test
    void intervalsShrinkAsTheWeightVariationShrinks() {
        double wide = meanWidth(0.6);
        double middle = meanWidth(0.3);
        double narrow = meanWidth(0.1);
        double none = meanWidth(0.0);

        assertThat(wide).isGreaterThan(middle);
        assertThat(middle).isGreaterThan(narrow);
        assertThat(narrow).isGreaterThan(none);
        assertThat(none).isZero();
    }

    @Test
    void withoutVariationTheMedianIsTheNominalRank() {
        int[] nominal =
                Evaluator.evaluate(FRAMEWORK, DATA, MINMAX.get(0), AMEAN.get(0)).ranks();

        List<Sensitivity.RankInterval> intervals = new Sensitivity(0, MINMAX, AMEAN, 20, 3L).run(FRAMEWORK, DATA);

        for (int u = 0; u < nominal.length; u++) {
            assertThat(intervals.get(u).median()).isEqualTo(nominal[u]);
            assertThat(intervals.get(u).width()).isZero();
        }
    }

    /** Three equally weighted indicators under one index. */
    private static final Framework SMALL = Framework.of(List.of(
            new Node("i1", "index", 1, 1, 1),
            new Node("i2", "index", 1, 1, 1),
            new Node("i3", "index", 1, -1, 1),
            new Node("index", null, 2, 1, 1)));

    @Test
    void aUnitDominatedOnEveryIndicatorRanksLastWhateverTheMethod() {
        // A is best on every indicator and E worst (i3: lower is better); B, C, D cross each other
        Dataset data = new Dataset(
                List.of("A", "B", "C", "D", "E"),
                java.util.Map.of(
                        "i1", new double[] {10, 8, 5, 7, 1},
                        "i2", new double[] {9, 2, 6, 4, 1},
                        "i3", new double[] {1, 3, 4, 2, 9}));
        List<Normalisation> methods = List.of(
                new Normalisation.MinMax(0, 100),
                new Percentile(),
                new Relative(Relative.Reference.BEST, false),
                new Normalisation.ZScore(0, 1),
                new Normalisation.Rank());
        List<Aggregation> aggregations =
                List.of(Aggregation.of(Aggregation.Mean.ARITHMETIC), Aggregation.of(Aggregation.Mean.OUTRANKING));

        List<Sensitivity.RankInterval> intervals =
                new Sensitivity(0.5, methods, aggregations, 400, 16L).run(SMALL, data);

        Sensitivity.RankInterval first = intervals.get(0);
        Sensitivity.RankInterval last = intervals.get(4);
        assertThat(List.of(first.p5(), first.median(), first.p95())).containsOnly(1.0);
        assertThat(List.of(last.p5(), last.median(), last.p95())).containsOnly(5.0);
        assertThat(intervals.subList(1, 4))
                .anySatisfy(i -> assertThat(i.width()).isPositive());
    }

    @Test
    void drawingOutrankingAmongTheAggregationsSpreadsTheRanksItChanges() {
        // i3 lower is better. min-max: A 100, 100, 0 → mean 66.7; B 90, 90, 100 → 93.3; C 0, 0, 50 → 16.7:
        // B first by the mean; but A beats B on two indicators of three, so outranking puts A first.
        // C is last in both.
        Dataset data = new Dataset(
                List.of("A", "B", "C"),
                java.util.Map.of(
                        "i1", new double[] {2, 1.8, 0},
                        "i2", new double[] {2, 1.8, 0},
                        "i3", new double[] {10, 0, 5}));
        List<Aggregation> both =
                List.of(Aggregation.of(Aggregation.Mean.ARITHMETIC), Aggregation.of(Aggregation.Mean.OUTRANKING));
        assertThat(Evaluator.evaluate(SMALL, data, MINMAX.get(0), both.get(0)).ranks())
                .containsExactly(2, 1, 3);
        assertThat(Evaluator.evaluate(SMALL, data, MINMAX.get(0), both.get(1)).ranks())
                .containsExactly(1, 2, 3);

        List<Sensitivity.RankInterval> intervals = new Sensitivity(0, MINMAX, both, 200, 7L).run(SMALL, data);

        assertThat(List.of(intervals.get(0).p5(), intervals.get(0).p95())).containsExactly(1.0, 2.0);
        assertThat(List.of(intervals.get(1).p5(), intervals.get(1).p95())).containsExactly(1.0, 2.0);
        assertThat(List.of(intervals.get(2).p5(), intervals.get(2).p95())).containsExactly(3.0, 3.0);
    }

    private static double meanWidth(double variation) {
        return new Sensitivity(variation, MINMAX, AMEAN, 300, 42L)
                .run(FRAMEWORK, DATA).stream()
                        .mapToDouble(Sensitivity.RankInterval::width)
                        .average()
                        .orElseThrow();
    }
}
