package org.stocktake.evaluation;

import java.util.List;
import java.util.Map;

/**
 * A composite evaluation as pages and reports show it: each subject's score, rank (null when
 * too little data), pillar scores, and its median rank with the 5–95% interval of the
 * uncertainty analysis (seeded, so the same data give the same intervals).
 */
public record CompositeResult(
        String framework,
        String title,
        String period,
        List<String> pillars,
        List<Row> rows,
        boolean sampleData,
        long seed) {

    public record Row(
            String code,
            String name,
            Double score,
            Integer rank,
            Map<String, Double> pillars,
            Double medianRank,
            Double p5,
            Double p95) {}
}
