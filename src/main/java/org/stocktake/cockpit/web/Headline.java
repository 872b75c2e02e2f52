package org.stocktake.cockpit.web;

import java.util.List;
import org.stocktake.shared.LocalizedText;

/**
 * A headline target on the cockpit: its verdict (class code for the colour, words for the text),
 * the latest value, a sparkline of the observed years and the gap to the trajectory
 * ({@code gapKind}: {@code path} = completion minus schedule in percentage points of the path,
 * {@code rate} = actual minus required yearly rate, in percentage points for growth).
 */
record Headline(
        String target,
        LocalizedText title,
        String indicator,
        String unit,
        String scope,
        String verdict,
        LocalizedText verdictLabel,
        LocalizedText explanation,
        Double latestValue,
        Integer latestYear,
        Double targetValue,
        String targetUnit,
        int targetYear,
        Double gap,
        String gapKind,
        List<Integer> sparkYears,
        List<Double> spark) {

    /** The sparkline as SVG polyline points in a 100 × 24 box; empty with fewer than two values. */
    public String sparkPoints() {
        if (spark.size() < 2) {
            return "";
        }
        int x0 = sparkYears.get(0);
        int span = Math.max(1, sparkYears.get(sparkYears.size() - 1) - x0);
        double min = spark.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = spark.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double range = max - min == 0 ? 1 : max - min;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < spark.size(); i++) {
            double x = 2 + 96.0 * (sparkYears.get(i) - x0) / span;
            double y = 22 - 20 * (spark.get(i) - min) / range;
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return points.toString().trim();
    }
}
