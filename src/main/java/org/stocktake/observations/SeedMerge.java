package org.stocktake.observations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which values of the shipped files become revisions, file by file in the order given:
 * <ul>
 * <li>a value that repeats the one before it for the same key keeps one revision: the later row
 * replaces it only when its source is stronger (class A over B over unclassified over C), and
 * then cites both sources;</li>
 * <li>a different value for the same key is a revision of it (trade 2021: 5988.5, restated
 * 5972.8), both kept, in file order;</li>
 * <li>a value derived from a statement is kept only where no value was published for its key.</li>
 * </ul>
 * Plain Java.
 */
final class SeedMerge {

    private SeedMerge() {}

    static List<SeedRow> merge(List<SeedRow> ordered) {
        Map<ObservationKey, List<Integer>> byKey = new LinkedHashMap<>();
        SeedRow[] kept = new SeedRow[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            SeedRow row = ordered.get(i);
            Observation o = row.observation();
            List<Integer> earlier = byKey.computeIfAbsent(row.key(), k -> new ArrayList<>());
            if (o.derived()
                    && earlier.stream().anyMatch(j -> !kept[j].observation().derived())) {
                continue;
            }
            Integer last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            if (last == null || kept[last].observation().value().compareTo(o.value()) != 0) {
                kept[i] = row;
                earlier.add(i);
            } else if (rank(o.reliability()) > rank(kept[last].observation().reliability())) {
                kept[i] = corroborating(row, kept[last]);
                kept[last] = null;
                earlier.set(earlier.size() - 1, i);
            }
        }
        List<SeedRow> result = new ArrayList<>();
        for (SeedRow row : kept) {
            if (row != null) {
                result.add(row);
            }
        }
        return result;
    }

    /** The stronger row, citing the source of the value it confirms as well. */
    private static SeedRow corroborating(SeedRow stronger, SeedRow earlier) {
        Observation o = stronger.observation();
        Observation merged = new Observation(
                o.indicator(),
                o.region(),
                o.period(),
                o.value(),
                o.unit(),
                o.source() + " ; also: " + earlier.observation().source(),
                0,
                o.provenance());
        return new SeedRow(stronger.file(), stronger.row(), merged);
    }

    /** Strength of a source: A 3, B 2, unclassified 1, C 0. */
    private static int rank(Reliability r) {
        if (r == null) {
            return 1;
        }
        return switch (r) {
            case A -> 3;
            case B -> 2;
            case C -> 0;
        };
    }
}
