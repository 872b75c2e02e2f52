package org.stocktake.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks by score, 1 = best, ties sharing the lowest (best) position, within peer groups. A missing
 * score has no rank (0). Vetoed units (一票否决) rank after every unit that is not vetoed in the same
 * group, and among themselves by score. Sorting within each group makes it O(n log n).
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
        Map<String, List<Integer>> byGroup = new HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) {
                byGroup.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(i);
            }
        }
        int[] ranks = new int[scores.length];
        for (List<Integer> members : byGroup.values()) {
            members.sort((a, b) -> order(scores[a], vetoed[a], scores[b], vetoed[b]));
            for (int k = 0; k < members.size(); k++) {
                int i = members.get(k);
                int previous = k == 0 ? -1 : members.get(k - 1);
                boolean tie = previous >= 0 && order(scores[previous], vetoed[previous], scores[i], vetoed[i]) == 0;
                ranks[i] = tie ? ranks[previous] : k + 1;
            }
        }
        return ranks;
    }

    /**
     * Best first: a unit that is not vetoed before a vetoed one, then the higher score; 0 for a tie
     * (equal scores with {@code ==}, so 0.0 and −0.0 tie).
     */
    private static int order(double score, boolean vetoed, double other, boolean otherVetoed) {
        if (vetoed != otherVetoed) {
            return vetoed ? 1 : -1;
        }
        return score > other ? -1 : score < other ? 1 : 0;
    }
}
