package org.stocktake.observations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stocktake.indicators.Indicator;
import org.stocktake.regions.Region;

/**
 * The indicator and region codes an import may use, each with a small number for compact keys,
 * and the units each indicator accepts: its own, or a unit text the platform already holds for
 * it (the published statistics carry annotated units such as "100 million CNY (亿元), current
 * prices", and an export of them must import back).
 */
final class Catalog {

    /** Whether a revision of the indicator with this unit text is stored. */
    @FunctionalInterface
    interface StoredUnits {
        boolean holds(String indicator, String unit);
    }

    private static final int MAX_UNIT_LOOKUPS = 1000;

    record IndicatorRef(int index, String unit) {}

    private final Map<String, IndicatorRef> indicators = new HashMap<>();
    private final Map<String, Integer> regions = new HashMap<>();
    private final List<String> indicatorCodes;
    private final List<String> regionCodes;
    private final StoredUnits storedUnits;
    private final Map<String, Boolean> otherUnits = new HashMap<>();

    Catalog(List<Indicator> indicatorList, List<Region> regionList, StoredUnits storedUnits) {
        this.storedUnits = storedUnits;
        for (Indicator i : indicatorList) {
            indicators.put(i.code(), new IndicatorRef(indicators.size(), i.unit()));
        }
        for (Region r : regionList) {
            regions.put(r.code(), regions.size());
        }
        indicatorCodes = indicatorList.stream().map(Indicator::code).toList();
        regionCodes = regionList.stream().map(Region::code).toList();
    }

    /** The codes of the indicators whose numbers are set, in code order. */
    java.util.Set<String> indicatorCodes(java.util.BitSet numbers) {
        return codes(numbers, indicatorCodes);
    }

    java.util.Set<String> regionCodes(java.util.BitSet numbers) {
        return codes(numbers, regionCodes);
    }

    private static java.util.Set<String> codes(java.util.BitSet numbers, List<String> codes) {
        java.util.Set<String> result = new java.util.TreeSet<>();
        numbers.stream().forEach(i -> result.add(codes.get(i)));
        return result;
    }

    IndicatorRef indicator(String code) {
        return indicators.get(code);
    }

    /** True for the indicator's unit, and for a unit text already stored for the indicator. */
    boolean accepts(String indicator, IndicatorRef ref, String unit) {
        if (unit.equals(ref.unit())) {
            return true;
        }
        String key = indicator + '\u0000' + unit;
        Boolean known = otherUnits.get(key);
        if (known == null) {
            known = otherUnits.size() < MAX_UNIT_LOOKUPS && storedUnits.holds(indicator, unit);
            otherUnits.put(key, known);
        }
        return known;
    }

    /** The region's number, or -1 when the code is unknown. */
    int region(String code) {
        return regions.getOrDefault(code, -1);
    }
}
