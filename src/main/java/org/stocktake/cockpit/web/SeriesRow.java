package org.stocktake.cockpit.web;

/**
 * One year of an indicator page's chart and table: the observed value, the value the plan's
 * trajectory asks for, and the projection of the observed trend with its band (all may be null).
 */
record SeriesRow(int year, Double observed, Double trajectory, Double projected, Double low, Double high) {

    static final String[] HEADER = {"year", "observed", "trajectory", "projected", "low", "high"};

    Double[] numbers() {
        return new Double[] {observed, trajectory, projected, low, high};
    }
}
