package org.stocktake.assessment;

import java.util.List;
import java.util.OptionalDouble;

/** Ordinary least squares of value on year over the usable points, and its value at a given year. */
record Trend(double intercept, double slope) {

    /** The straight-line fit; empty with fewer than two distinct years. */
    static java.util.Optional<Trend> linear(List<Point> points) {
        int n = points.size();
        if (n < 2) {
            return java.util.Optional.empty();
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
            return java.util.Optional.empty();
        }
        double slope = sxy / sxx;
        return java.util.Optional.of(new Trend(meanY - slope * meanX, slope));
    }

    double at(int year) {
        return intercept + slope * year;
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
        List<Point> logs = points.stream().map(p -> new Point(p.year(), Math.log(p.value()))).toList();
        return linear(logs).map(t -> OptionalDouble.of(Math.exp(t.at(year)))).orElse(OptionalDouble.empty());
    }
}
