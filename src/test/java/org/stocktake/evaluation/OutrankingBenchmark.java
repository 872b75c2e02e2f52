package org.stocktake.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The outranking ranking's workload ({@code bench/outranking}): for 12, 16 and 20 units (the exact
 * method's limit is 20), synthetic data of 30 indicators (each unit a latent level in [0, 1) plus noise in
 * [0, 2), so the pairwise support has many cycles) and random weights. On the same outranking
 * matrix it times the exact dynamic programme and, as the baseline, the Copeland order followed by
 * the local search (the method used beyond 20 units), and says how often the local optimum reached
 * the maximum. Prints a markdown table and writes it to {@code bench/out/outranking.md}.
 */
public final class OutrankingBenchmark {

    private OutrankingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int instances = args.length > 1 && args[0].equals("--instances") ? Integer.parseInt(args[1]) : 5;
        StringBuilder table = new StringBuilder(
                "| units | Copeland + local search (baseline) | exact (dynamic programme) | exact / baseline |"
                        + " local search reached the maximum |\n|---|---|---|---|---|\n");
        warmUp();
        for (int n : new int[] {12, 16, 20}) {
            SplittableRandom random = new SplittableRandom(2008L + n);
            long exactNanos = 0;
            long localNanos = 0;
            int same = 0;
            double worstGap = 0;
            for (int i = 0; i < instances; i++) {
                double[][] m = matrix(n, random);
                double[] copeland = Outranking.copeland(m, all(n));
                int reps = 200;
                long t0 = System.nanoTime();
                KemenyYoung.Local local = null;
                for (int r = 0; r < reps; r++) {
                    local = KemenyYoung.local(zeroDiagonal(m), copeland, Outranking.MAX_PASSES);
                }
                localNanos += (System.nanoTime() - t0) / reps;
                long t1 = System.nanoTime();
                int[] exact = KemenyYoung.exact(zeroDiagonal(m));
                exactNanos += System.nanoTime() - t1;
                double best = KemenyYoung.total(zeroDiagonal(m), exact);
                double found = KemenyYoung.total(zeroDiagonal(m), local.order());
                same += best - found <= 1e-9 ? 1 : 0;
                worstGap = Math.max(worstGap, (best - found) / best);
            }
            table.append(String.format(
                    "| %d | %.3f ms | %.1f ms | %.0f × | %d of %d (worst shortfall %.2f%% of the maximum) |%n",
                    n,
                    localNanos / 1e6 / instances,
                    exactNanos / 1e6 / instances,
                    (double) exactNanos / localNanos,
                    same,
                    instances,
                    100 * worstGap));
        }
        System.out.print(table);
        Path out = Path.of("bench", "out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("outranking.md"), table);
    }

    /** Lets the JIT compile both methods before anything is timed. */
    private static void warmUp() {
        double[][] m = zeroDiagonal(matrix(12, new SplittableRandom(1)));
        double[] scores = new double[12];
        for (int r = 0; r < 2000; r++) {
            KemenyYoung.local(m, scores, Outranking.MAX_PASSES);
        }
        for (int r = 0; r < 20; r++) {
            KemenyYoung.exact(m);
        }
    }

    private static double[][] matrix(int n, SplittableRandom random) {
        int indicators = 30;
        double[][] values = new double[indicators][n];
        double[] level = new double[n];
        Arrays.setAll(level, u -> random.nextDouble());
        for (double[] column : values) {
            for (int u = 0; u < n; u++) {
                column[u] = level[u] + 2 * random.nextDouble();
            }
        }
        double[] weights = new double[indicators];
        Arrays.setAll(weights, k -> random.nextDouble());
        return Outranking.support(values, weights, n);
    }

    private static double[][] zeroDiagonal(double[][] support) {
        double[][] m = new double[support.length][];
        for (int a = 0; a < support.length; a++) {
            m[a] = support[a].clone();
            m[a][a] = 0;
        }
        return m;
    }

    private static boolean[] all(int n) {
        boolean[] ranked = new boolean[n];
        Arrays.fill(ranked, true);
        return ranked;
    }
}
