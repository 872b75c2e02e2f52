package org.stocktake.verdicts;

import java.util.List;

/** Published inside the transaction that replaced the decomposition of some of a plan's targets. */
public record RegionTargetsChanged(String plan, List<String> targets) {

    public RegionTargetsChanged {
        targets = List.copyOf(targets);
    }
}
