package org.stocktake.plan;

import java.util.Set;

/**
 * What a plan file may refer to outside itself: the region codes and indicator codes already
 * known to the platform.
 */
public record PlanReferences(Set<String> regions, Set<String> indicators) {

    public PlanReferences {
        regions = Set.copyOf(regions);
        indicators = Set.copyOf(indicators);
    }
}
