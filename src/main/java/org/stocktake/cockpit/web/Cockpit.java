package org.stocktake.cockpit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.stocktake.shared.LocalizedText;

/**
 * The cockpit (总览) of a plan: headline targets (red first), verdict counts, data freshness and
 * where today stands in the plan period (序时进度, percent of the period elapsed).
 */
record Cockpit(
        String plan,
        LocalizedText title,
        int startYear,
        int endYear,
        LocalDate today,
        int schedulePercent,
        String dataAsOf,
        java.time.Instant lastLoaded,
        java.time.Instant verdictsAt,
        List<Headline> headlines,
        Map<String, Long> counts) {}
