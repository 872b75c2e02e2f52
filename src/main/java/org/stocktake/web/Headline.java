package org.stocktake.web;

import java.util.List;
import org.stocktake.shared.LocalizedText;

/**
 * A headline target on the cockpit: its verdict (class code for the colour, words for the text),
 * the latest value, a sparkline of the observed years and the gap to the trajectory
 * ({@code gapKind}: {@code path} = completion minus schedule in percentage points of the path,
 * {@code rate} = actual minus required yearly rate, in percentage points for growth).
 */
record Headline(String target, LocalizedText title, String indicator, String unit, String scope, String verdict,
        LocalizedText verdictLabel, LocalizedText explanation, Double latestValue, Integer latestYear, Double targetValue,
        int targetYear, Double gap, String gapKind, List<Integer> sparkYears, List<Double> spark) {
}
