package org.stocktake.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stocktake.indicators.Indicator;
import org.stocktake.regions.Region;

/** The indicator and region codes an import may use, each with a small number for compact keys. */
final class Catalog {

    record IndicatorRef(int index, String unit) {
    }

    private final Map<String, IndicatorRef> indicators = new HashMap<>();
    private final Map<String, Integer> regions = new HashMap<>();

    Catalog(List<Indicator> indicatorList, List<Region> regionList) {
        for (Indicator i : indicatorList) {
            indicators.put(i.code(), new IndicatorRef(indicators.size(), i.unit()));
        }
        for (Region r : regionList) {
            regions.put(r.code(), regions.size());
        }
    }

    IndicatorRef indicator(String code) {
        return indicators.get(code);
    }

    /** The region's number, or -1 when the code is unknown. */
    int region(String code) {
        return regions.getOrDefault(code, -1);
    }
}
