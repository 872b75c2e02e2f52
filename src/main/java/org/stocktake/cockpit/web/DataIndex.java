package org.stocktake.cockpit.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stocktake.indicators.Indicator;
import org.stocktake.observations.Observation;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionGroup;
import org.stocktake.shared.Period;
import org.stocktake.shared.RegionLevel;

/**
 * An immutable index of the observations by indicator, region and period, with the regions,
 * groups and indicators they refer to; built once per data change and shared by the read models.
 */
final class DataIndex {

    static final Comparator<String> BY_PERIOD = Comparator.comparing(
                    (String p) -> Period.parse(p).map(Period::midpoint).orElse(0.0))
            .thenComparing(Comparator.naturalOrder());

    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final List<RegionGroup> groups;
    private final Map<String, Map<String, TreeMap<String, Observation>>> values = new HashMap<>();

    DataIndex(
            List<Indicator> indicators,
            List<Region> regions,
            List<RegionGroup> groups,
            List<Observation> observations) {
        indicators.forEach(i -> this.indicators.put(i.code(), i));
        regions.forEach(r -> this.regions.put(r.code(), r));
        this.groups = List.copyOf(groups);
        for (Observation o : observations) {
            values.computeIfAbsent(o.indicator(), k -> new HashMap<>())
                    .computeIfAbsent(o.region(), k -> new TreeMap<>(BY_PERIOD))
                    .put(o.period(), o);
        }
    }

    Map<String, Indicator> indicators() {
        return indicators;
    }

    Indicator indicator(String code) {
        return indicators.get(code);
    }

    Region region(String code) {
        return regions.get(code);
    }

    List<RegionGroup> groups() {
        return groups;
    }

    List<Region> level(RegionLevel level) {
        return regions.values().stream().filter(r -> level == r.level()).toList();
    }

    /** Regions on the same level under the same parent (the region's peers, itself included). */
    List<Region> peers(Region region) {
        return regions.values().stream()
                .filter(r ->
                        r.level() == region.level() && java.util.Objects.equals(r.parentCode(), region.parentCode()))
                .toList();
    }

    /** The observations of one indicator in one region, oldest first. */
    List<Observation> series(String indicator, String region) {
        TreeMap<String, Observation> s =
                values.getOrDefault(indicator, Map.of()).get(region);
        return s == null ? List.of() : List.copyOf(s.values());
    }

    Observation at(String indicator, String region, String period) {
        TreeMap<String, Observation> s =
                values.getOrDefault(indicator, Map.of()).get(region);
        return s == null ? null : s.get(period);
    }

    Double value(String indicator, String region, String period) {
        Observation o = at(indicator, region, period);
        return o == null ? null : o.value().doubleValue();
    }

    /** Periods with a value of the indicator in at least one of the regions, oldest first. */
    List<String> periods(String indicator, List<Region> among) {
        TreeSet<String> periods = new TreeSet<>(BY_PERIOD);
        Map<String, TreeMap<String, Observation>> byRegion = values.getOrDefault(indicator, Map.of());
        among.forEach(r ->
                periods.addAll(byRegion.getOrDefault(r.code(), new TreeMap<>()).keySet()));
        return new ArrayList<>(periods);
    }

    /** Indicators with any value in one of the regions, in definition order. */
    List<Indicator> indicatorsWithData(List<Region> among) {
        return indicators.values().stream()
                .filter(i -> !periods(i.code(), among).isEmpty())
                .toList();
    }

    /** The latest period of any observation, e.g. "数据截至 2025". */
    String latestPeriod() {
        return values.values().stream()
                .flatMap(m -> m.values().stream())
                .map(TreeMap::lastKey)
                .max(BY_PERIOD)
                .orElse(null);
    }
}
