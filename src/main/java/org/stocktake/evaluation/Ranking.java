package org.stocktake.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktake.assessment.Ranks;

/**
 * Ranks of composite scores within peer groups, by the one ranking rule ({@link Ranks}: 1 = best,
 * higher scores better, ties sharing the lowest position, a missing score unranked, here 0). Vetoed
 * units (一票否决) rank after every unit that is not vetoed in the same group, and among themselves by
 * score. This class adds only the groups and the vetoes.
 */
public final class Ranking {

    private Ranking() {}

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
        Map<String, List<Integer>> clean = new LinkedHashMap<>();
        Map<String, List<Integer>> barred = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) {
                (vetoed[i] ? barred : clean)
                        .computeIfAbsent(groups.get(i), g -> new ArrayList<>())
                        .add(i);
            }
        }
        int[] ranks = new int[scores.length];
        for (var group : clean.entrySet()) {
            place(scores, group.getValue(), 0, ranks);
        }
        for (var group : barred.entrySet()) {
            place(
                    scores,
                    group.getValue(),
                    clean.getOrDefault(group.getKey(), List.of()).size(),
                    ranks);
        }
        return ranks;
    }

    /** Ranks the members among themselves and writes them after {@code ahead} better-placed units. */
    private static void place(double[] scores, List<Integer> members, int ahead, int[] ranks) {
        int[] among = Ranks.of(members.stream().mapToDouble(i -> scores[i]).toArray(), true);
        for (int k = 0; k < members.size(); k++) {
            ranks[members.get(k)] = ahead + among[k];
        }
    }
}
