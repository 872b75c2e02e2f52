package org.stocktake.verdicts;

import org.stocktake.plan.PlanDocument;

/** One target × region pair to judge, with its basis and, for a decomposed target, the region's own target. */
record Pair(PlanDocument.Target target, String region, Basis basis, RegionTarget own) {

    boolean example() {
        return own != null && own.example();
    }
}
