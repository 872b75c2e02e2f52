package org.stocktake.verdicts;

import java.util.List;

/** What a decomposition import stored: the plan, how many region targets, and the targets whose decomposition it replaced. */
public record Decomposed(String plan, int regionTargets, List<String> targets) {

    public Decomposed {
        targets = List.copyOf(targets);
    }
}
