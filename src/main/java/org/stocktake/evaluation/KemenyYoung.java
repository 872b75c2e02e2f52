package org.stocktake.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The order of {@code n} items that maximises {@code Σ m[a][b]} over the pairs with {@code a} placed
 * above {@code b}: exactly by dynamic programming over subsets, or by a local search (see {@link
 * Outranking}). Items are indices {@code 0…n−1}; orders list them best first.
 */
final class KemenyYoung {

    private KemenyYoung() {}

    /** An order found by local search, and whether it is a local optimum. */
    @SuppressWarnings("ArrayRecordComponent") // a working result read once by the caller, never compared
    record Local(int[] order, boolean converged) {}

    /**
     * The exact maximum. {@code best[S]} is the most support the items outside {@code S} can still
     * collect when the items of {@code S} are already placed above them: placing {@code u} next
     * collects {@code Σ m[u][v]} over the other items {@code v} outside {@code S}, which is {@code u}'s
     * row total less its sum over {@code S}, read in O(1) from sums over the subsets of the low and of
     * the high half of the items. So {@code O(2^n · n)} time and {@code 2^n} numbers.
     */
    static int[] exact(double[][] m) {
        int n = m.length;
        if (n > 30) {
            throw new IllegalArgumentException("too many items for the exact order: " + n);
        }
        SubsetSums sums = new SubsetSums(m);
        int full = (1 << n) - 1;
        double[] best = new double[1 << n];
        for (int placed = full - 1; placed >= 0; placed--) {
            double most = Double.NEGATIVE_INFINITY;
            for (int u = 0; u < n; u++) {
                if ((placed & (1 << u)) == 0) {
                    most = Math.max(most, sums.gain(u, placed) + best[placed | (1 << u)]);
                }
            }
            best[placed] = most;
        }
        int[] order = new int[n];
        int placed = 0;
        for (int position = 0; position < n; position++) {
            for (int u = 0; u < n; u++) {
                if ((placed & (1 << u)) == 0
                        && sums.gain(u, placed) + best[placed | (1 << u)] >= best[placed] - Outranking.sameTotal()) {
                    order[position] = u;
                    placed |= 1 << u;
                    break;
                }
            }
        }
        return order;
    }

    /** Each item's row sums over every subset of the low half and of the high half of the items. */
    private static final class SubsetSums {
        private final int lowBits;
        private final int lowMask;
        private final double[] rowTotal;
        private final double[][] low;
        private final double[][] high;

        SubsetSums(double[][] m) {
            int n = m.length;
            lowBits = n / 2;
            lowMask = (1 << lowBits) - 1;
            rowTotal = new double[n];
            low = new double[n][1 << lowBits];
            high = new double[n][1 << (n - lowBits)];
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    rowTotal[u] += u == v ? 0 : m[u][v];
                }
                for (int s = 1; s < low[u].length; s++) {
                    int v = Integer.numberOfTrailingZeros(s);
                    low[u][s] = low[u][s & (s - 1)] + (u == v ? 0 : m[u][v]);
                }
                for (int s = 1; s < high[u].length; s++) {
                    int v = lowBits + Integer.numberOfTrailingZeros(s);
                    high[u][s] = high[u][s & (s - 1)] + (u == v ? 0 : m[u][v]);
                }
            }
        }

        /** The support item {@code u} (not in {@code placed}) collects when placed next. */
        double gain(int u, int placed) {
            return rowTotal[u] - low[u][placed & lowMask] - high[u][placed >>> lowBits];
        }
    }

    /**
     * Local search from the order of {@code scores} (highest first, ties by index): each pass moves
     * every item, in turn, to the position that raises the total most (if any does by more than
     * 1e-9); stops when a pass moves nothing or after {@code maxPasses} passes.
     */
    static Local local(double[][] m, double[] scores, int maxPasses) {
        int n = m.length;
        Integer[] start = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(start, Comparator.comparingDouble((Integer u) -> -scores[u]).thenComparingInt(u -> u));
        int[] order = Arrays.stream(start).mapToInt(Integer::intValue).toArray();
        for (int pass = 0; pass < maxPasses; pass++) {
            boolean moved = false;
            for (int p = 0; p < n; p++) {
                moved |= moveBest(m, order, p);
            }
            if (!moved) {
                return new Local(order, true);
            }
        }
        return new Local(order, false);
    }

    /** Moves the item at position {@code p} to the position that raises the total most; true if moved. */
    private static boolean moveBest(double[][] m, int[] order, int p) {
        int u = order[p];
        double bestGain = Outranking.sameTotal();
        int bestQ = p;
        double gain = 0;
        for (int q = p - 1; q >= 0; q--) {
            gain += m[u][order[q]] - m[order[q]][u];
            if (gain > bestGain) {
                bestGain = gain;
                bestQ = q;
            }
        }
        gain = 0;
        for (int q = p + 1; q < order.length; q++) {
            gain += m[order[q]][u] - m[u][order[q]];
            if (gain > bestGain) {
                bestGain = gain;
                bestQ = q;
            }
        }
        if (bestQ == p) {
            return false;
        }
        if (bestQ < p) {
            System.arraycopy(order, bestQ, order, bestQ + 1, p - bestQ);
        } else {
            System.arraycopy(order, p + 1, order, p, bestQ - p);
        }
        order[bestQ] = u;
        return true;
    }

    /** The total support of an order. */
    static double total(double[][] m, int[] order) {
        double sum = 0;
        for (int i = 0; i < order.length; i++) {
            for (int j = i + 1; j < order.length; j++) {
                sum += m[order[i]][order[j]];
            }
        }
        return sum;
    }
}
