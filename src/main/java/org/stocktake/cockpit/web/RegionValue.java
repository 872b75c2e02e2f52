package org.stocktake.cockpit.web;

import org.stocktake.shared.LocalizedText;

/**
 * One region's value of an indicator in a period, its rank among the regions shown (null without
 * a value; ties share the lowest rank) and the verdict class of a target on it, where one exists,
 * with what it is judged against ({@code basis}: 分解目标, 对标全省目标…; null when not said).
 */
record RegionValue(
        String code,
        LocalizedText name,
        Double value,
        Integer rank,
        boolean tied,
        String verdict,
        LocalizedText verdictLabel,
        LocalizedText basis) {

    RegionValue(
            String code,
            LocalizedText name,
            Double value,
            Integer rank,
            boolean tied,
            String verdict,
            LocalizedText verdictLabel) {
        this(code, name, value, rank, tied, verdict, verdictLabel, null);
    }
}
