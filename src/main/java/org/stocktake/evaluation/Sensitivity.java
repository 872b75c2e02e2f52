package org.stocktake.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Uncertainty analysis of ranks (OECD/JRC Handbook on Constructing Composite Indicators, 2008,
 * ch. 7): a seeded Monte Carlo where each run multiplies every weight by an independent factor
 * drawn uniformly from {@code [1 − v, 1 + v]}, and picks one normalisation and one aggregation
 * uniformly from the alternatives (an aggregation may be {@link Aggregation.Mean#OUTRANKING}, whose
 * ranks are then the Kemeny–Young ranking); each unit's rank of the top node is collected over the
 * runs. The same settings and seed give the same intervals.
 *
 * @param weightVariation  {@code v}, 0 (weights fixed) up to 1 (any weight may drop to zero)
 * @param normalisations   alternatives, at least one, each applied to every indicator
 * @param aggregations     alternatives, at least one
 * @param runs             number of Monte Carlo runs, at least 1
 * @param seed             the random seed
 * @param perIndicator     alternatives that give each indicator its own normalisation (indicator code →
 *                         normalisation); when not empty they are drawn from instead of {@code
 *                         normalisations}
 */
public record Sensitivity(
        double weightVariation,
        List<Normalisation> normalisations,
        List<Aggregation> aggregations,
        int runs,
        long seed,
        List<Map<String, Normalisation>> perIndicator) {

    /** An analysis whose normalisation alternatives each apply to every indicator. */
    public Sensitivity(
            double weightVariation,
            List<Normalisation> normalisations,
            List<Aggregation> aggregations,
            int runs,
            long seed) {
        this(weightVariation, normalisations, aggregations, runs, seed, List.of());
    }

    /** An analysis whose normalisation alternatives each name every indicator's normalisation. */
    public static Sensitivity perIndicator(
            double weightVariation,
            List<Map<String, Normalisation>> alternatives,
            List<Aggregation> aggregations,
            int runs,
            long seed) {
        return new Sensitivity(weightVariation, List.of(), aggregations, runs, seed, alternatives);
    }

    /**
     * One unit's ranks over the runs: median and the 5th and 95th percentiles (R's default
     * quantile, so they may fall between two ranks), and how many runs ranked it at all.
     */
    public record RankInterval(String unit, double median, double p5, double p95, int rankedRuns) {
        public double width() {
            return p95 - p5;
        }
    }

    public Sensitivity {
        normalisations = List.copyOf(normalisations);
        aggregations = List.copyOf(aggregations);
        perIndicator = perIndicator.stream().map(Map::copyOf).toList();
        if (!(weightVariation >= 0 && weightVariation <= 1)) {
            throw new IllegalArgumentException("weight variation must be within [0, 1]: " + weightVariation);
        }
        if ((normalisations.isEmpty() && perIndicator.isEmpty()) || aggregations.isEmpty() || runs < 1) {
            throw new IllegalArgumentException("need at least one normalisation, one aggregation and one run");
        }
    }

    /** Runs the analysis; one interval per unit, in the data set's order. */
    public List<RankInterval> run(Framework framework, Dataset data) {
        SplittableRandom random = new SplittableRandom(seed);
        int units = data.units().size();
        double[][] ranks = new double[units][runs];
        for (int r = 0; r < runs; r++) {
            int[] runRanks = oneRun(framework, data, random);
            for (int u = 0; u < units; u++) {
                ranks[u][r] = runRanks[u] == 0 ? Double.NaN : runRanks[u];
            }
        }
        List<RankInterval> intervals = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            double[] sorted = Arrays.stream(ranks[u])
                    .filter(x -> !Double.isNaN(x))
                    .sorted()
                    .toArray();
            intervals.add(new RankInterval(
                    data.units().get(u),
                    Stats.quantile(sorted, 0.5),
                    Stats.quantile(sorted, 0.05),
                    Stats.quantile(sorted, 0.95),
                    sorted.length));
        }
        return intervals;
    }

    private int[] oneRun(Framework framework, Dataset data, SplittableRandom random) {
        Map<String, Double> weights = new HashMap<>();
        for (Node node : framework.nodes()) {
            double factor = 1 + weightVariation * (2 * random.nextDouble() - 1);
            weights.put(node.code(), node.weight() * factor);
        }
        Framework varied = framework.withWeights(weights);
        if (!perIndicator.isEmpty()) {
            Map<String, Normalisation> each = perIndicator.get(random.nextInt(perIndicator.size()));
            Aggregation aggregation = aggregations.get(random.nextInt(aggregations.size()));
            return Evaluator.evaluate(varied, data, each, aggregation).ranks();
        }
        Normalisation normalisation = normalisations.get(random.nextInt(normalisations.size()));
        Aggregation aggregation = aggregations.get(random.nextInt(aggregations.size()));
        return Evaluator.evaluate(varied, data, normalisation, aggregation).ranks();
    }
}
