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

    private static double meanWidth(double variation) {
        return new Sensitivity(variation, MINMAX, AMEAN, 300, 42L)
                .run(FRAMEWORK, DATA).stream()
                        .mapToDouble(Sensitivity.RankInterval::width)
                        .average()
                        .orElseThrow();
    }
}
