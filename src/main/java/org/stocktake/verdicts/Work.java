package org.stocktake.verdicts;

import java.util.HashSet;
import java.util.Set;

/**
 * Which pairs of a plan a recompute judges: the targets and the regions (null: all of them). Two
 * requests fold into one that covers both (it may judge a few pairs more, never fewer).
 */
record Work(Set<String> targets, Set<String> regions) {

    static final Work ALL = new Work(null, null);

    Work {
        targets = targets == null ? null : Set.copyOf(targets);
        regions = regions == null ? null : Set.copyOf(regions);
    }

    boolean wholePlan() {
        return targets == null && regions == null;
    }

    Work merge(Work other) {
        return new Work(union(targets, other.targets), union(regions, other.regions));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return null;
        }
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
