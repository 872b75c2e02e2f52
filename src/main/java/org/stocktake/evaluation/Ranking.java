package org.stocktake.evaluation;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Ranks by score, 1 = best, ties sharing the lowest (best) position, within peer groups. A missing
 * score has no rank (0). Vetoed units (一票否决) rank after every unit that is not vetoed in the same
 * group, and among themselves by score.
 */
public final class Ranking {

    private Ranking() {
    }

    /** Ranks all units together: {@code [70, 90, 70, NaN]} gives {@code [2, 1, 2, 0]}. */
    public static int[] ranks(double[] scores) {
        return ranks(scores, new boolean[scores.length], Collections.nCopies(scores.length, ""));
    }

    /** Ranks within each peer group ({@code groups.get(i)} is unit i's group). */
    public static int[] withinGroups(double[] scores, List<String> groups) {
        return ranks(scores, new boolean[scores.length], groups);
    }

    /** Ranks within peer groups with vetoed units placed last. */
    public static int[] ranks(double[] scores, boolean[] vetoed, List<String> groups) {
        if (vetoed.length != scores.length || groups.size() != scores.length) {
            throw new IllegalArgumentException("scores, vetoes and groups must have one entry per unit");
        }
        int[] ranks = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                continue;
            }
            int ahead = 0;
            for (int j = 0; j < scores.length; j++) {
                if (!Double.isNaN(scores[j]) && Objects.equals(groups.get(i), groups.get(j))
                        && ahead(scores[j], vetoed[j], scores[i], vetoed[i])) {
                    ahead++;
                }
            }
            ranks[i] = ahead + 1;
        }
        return ranks;
    }

    private static boolean ahead(double score, boolean vetoed, double than, boolean thanVetoed) {
        if (vetoed != thanVetoed) {
            return !vetoed;
        }
        return score > than;
    }
}
