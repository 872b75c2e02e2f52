package org.stocktake.cockpit.web;

import java.util.List;
import org.stocktake.indicators.Indicator;

/** An indicator across the prefectures in one period: what the map, the rankings and their tooltips show. */
record IndicatorMap(
        Indicator indicator, String period, List<String> periods, List<RegionValue> regions, List<GroupValue> groups) {

    public long withValue() {
        return regions.stream().filter(r -> r.value() != null).count();
    }

    /** The regions with a value, best first (ties keep the map's order). */
    public List<RegionValue> ranked() {
        return regions.stream()
                .filter(r -> r.rank() != null)
                .sorted(java.util.Comparator.comparing(RegionValue::rank))
                .toList();
    }
}
