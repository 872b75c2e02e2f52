package org.stocktake.assessment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one least-squares rule of Stocktake: the ordinary least-squares line of value on year over the
 * usable points, its value at a given year, and a 95% prediction band around it (the Student t
 * quantile for the few points a plan has, 1.96 from 13 points on; no band with fewer than three
 * points). The trend method of the verdicts and the cockpit's projection both use it.
 *
 * @param residualSd standard deviation of the residuals, NaN with two points
 * @param n          number of points fitted
 * @param meanYear   mean of the years
 * @param sxx        sum of squared deviations of the years from their mean
 */
public record Trend(double intercept, double slope, double residualSd, int n, double meanYear, double sxx) {

    private static final double[] T95 = {
        Double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228
    };

    /** A projection (to a target year, on a chart) needs at least this many points of a comparable segment. */
    public static final int MIN_PROJECTION_POINTS = 3;

    /** The straight-line fit to project from: empty with fewer than {@link #MIN_PROJECTION_POINTS} points. */
    public static Optional<Trend> forProjection(List<Point> points) {
        return points.size() < MIN_PROJECTION_POINTS ? Optional.empty() : linear(points);
    }

    /** The straight-line fit; empty with fewer than two distinct years. */
    public static Optional<Trend> linear(List<Point> points) {
        int n = points.size();
        if (n < 2) {
            return Optional.empty();
        }
        double meanX = points.stream().mapToInt(Point::year).average().orElseThrow();
        double meanY = points.stream().mapToDouble(Point::value).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            double dx = p.year() - meanX;
            sxx += dx * dx;
            sxy += dx * (p.value() - meanY);
        }
        if (sxx == 0) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double sse = 0;
        for (Point p : points) {
            double residual = p.value() - (intercept + slope * p.year());
            sse += residual * residual;
        }
        double sd = n > 2 ? Math.sqrt(sse / (n - 2)) : Double.NaN;
        return Optional.of(new Trend(intercept, slope, sd, n, meanX, sxx));
    }

    /** The fitted line's value at a year. */
    public double at(double year) {
        return intercept + slope * year;
    }

    /** Half the width of the 95% prediction band at a year; NaN with fewer than three points. */
    public double halfBand(double year) {
        if (n < 3) {
            return Double.NaN;
        }
        double t = n - 2 < T95.length ? T95[n - 2] : 1.96;
        return t * residualSd * Math.sqrt(1 + 1.0 / n + Math.pow(year - meanYear, 2) / sxx);
    }

    /** The fitted line's value at {@code year}, or empty when no line can be fitted. */
    static OptionalDouble project(List<Point> points, int year) {
        return linear(points).map(t -> OptionalDouble.of(t.at(year))).orElse(OptionalDouble.empty());
    }

    /** Log-linear fit (constant growth) for all-positive series; empty otherwise. */
    static OptionalDouble projectGrowth(List<Point> points, int year) {
        if (points.stream().anyMatch(p -> p.value() <= 0)) {
            return OptionalDouble.empty();
        }
        List<Point> logs = points.stream()
                .map(p -> new Point(p.year(), Math.log(p.value())))
                .toList();
        return linear(logs).map(t -> OptionalDouble.of(Math.exp(t.at(year)))).orElse(OptionalDouble.empty());
    }
}
