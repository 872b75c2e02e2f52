package org.stocktake.households;

import java.util.Map;

/**
 * Aggregates of one region (county, or a prefecture or the province summed from counties): the
 * only thing that leaves the county. Monitored and cleared households, households identified in
 * the current and previous month, counts by category and by risk type (codes), and whether new
 * identifications jumped (the early warning).
 */
public record RegionFigures(
        String region,
        org.stocktake.shared.LocalizedText name,
        long households,
        long monitored,
        long cleared,
        long identifiedThisMonth,
        long identifiedLastMonth,
        Map<String, Long> byCategory,
        Map<String, Long> byRisk,
        boolean alert) {}
