package org.stocktake.cockpit.web;

import org.stocktake.shared.LocalizedText;

/**
 * One region's value of an indicator in a period, its rank among the regions shown (null without
 * a value; ties share the lowest rank) and the verdict class of a target on it, where one exists.
 */
record RegionValue(
        String code,
        LocalizedText name,
        Double value,
        Integer rank,
        boolean tied,
        String verdict,
        LocalizedText verdictLabel) {}
