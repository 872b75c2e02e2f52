package org.stocktake.cockpit.web;

import java.util.List;
import org.stocktake.regions.Region;
import org.stocktake.shared.LocalizedText;

/**
 * A prefecture or county as its page shows it: each indicator's latest value against the
 * province in the same period and its rank among its peers, the groups it belongs to, and the
 * verdicts stored for it.
 */
record RegionProfile(
        Region region,
        LocalizedText parentName,
        int peerCount,
        List<LocalizedText> groups,
        List<Row> indicators,
        List<Judged> verdicts) {

    /** One indicator: the region's value, the province's value in the same period, rank among peers. */
    record Row(
            String indicator,
            LocalizedText name,
            String unit,
            String period,
            Double value,
            Double province,
            Integer rank,
            int ranked,
            boolean tied) {}

    /**
     * A stored verdict of a target in this region: the plan's target where the region is its
     * scope, the region's own decomposed target, or the province's as a benchmark ({@code basis}).
     */
    record Judged(
            String target,
            LocalizedText title,
            String verdict,
            LocalizedText label,
            LocalizedText explanation,
            int asOf,
            LocalizedText basis,
            LocalizedText own,
            String ownSource,
            boolean example) {}

    public Row row(String indicator) {
        return indicators.stream()
                .filter(r -> r.indicator().equals(indicator))
                .findFirst()
                .orElse(null);
    }
}
