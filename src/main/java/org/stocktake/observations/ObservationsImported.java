package org.stocktake.observations;

import java.util.List;

/**
 * Published after a commit that changed observations (an import, or an approval): the regions
 * and indicators whose values changed, for the verdict engine to recompute what they touch.
 */
public record ObservationsImported(List<String> regions, List<String> indicators) {

    public ObservationsImported {
        regions = List.copyOf(regions);
        indicators = List.copyOf(indicators);
    }
}
