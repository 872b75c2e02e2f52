package org.stocktake.cockpit.web;

import java.util.List;

/**
 * A straight-line trend through the observed years since the last series break, projected
 * forward with a 95% prediction band (t quantile ≈ 1.96 is replaced by the Student value for the
 * few points a plan has). Plain arithmetic; no band with fewer than three points.
 */
record Projection(double intercept, double slope, double residualSd, int n, double meanYear, double sxx) {

    private static final double[] T95 = {Double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228};

    static Projection fit(List<double[]> points) {
        int n = points.size();
        if (n < 2) {
            return null;
        }
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxx = points.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum();
        double sxy = points.stream().mapToDouble(p -> (p[0] - mx) * (p[1] - my)).sum();
        if (sxx == 0) {
            return null;
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double sse = points.stream().mapToDouble(p -> Math.pow(p[1] - (intercept + slope * p[0]), 2)).sum();
        double sd = n > 2 ? Math.sqrt(sse / (n - 2)) : Double.NaN;
        return new Projection(intercept, slope, sd, n, mx, sxx);
    }

    double at(double year) {
        return intercept + slope * year;
    }

    /** Half the width of the band at a year; NaN without enough points. */
    double halfBand(double year) {
        if (n < 3) {
            return Double.NaN;
        }
        double t = n - 2 < T95.length ? T95[n - 2] : 1.96;
        return t * residualSd * Math.sqrt(1 + 1.0 / n + Math.pow(year - meanYear, 2) / sxx);
    }
}
