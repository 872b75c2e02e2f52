package org.stocktake.evaluation;

import java.util.Optional;

/**
 * Distance to target as in the SDSN SDG Index and Dashboards: {@code 100 × (x − lower)/(upper −
 * lower)} clipped to 0–100, where {@code upper} is the target (best bound) and {@code lower} the
 * worst bound, both in raw units; when lower values are better, {@code upper < lower}. The colour
 * compares the raw value with the green and red thresholds and their midpoint.
 *
 * @param lower the worst bound (score 0)
 * @param upper the target (score 100)
 * @param green at or beyond it: green
 * @param red   short of it: red; between green and red, yellow on the green side of the midpoint
 *              (the midpoint included) and orange on the red side (red included)
 */
public record DistanceToTarget(double lower, double upper, double green, double red) implements Normalisation {

    public DistanceToTarget {
        if (!Double.isFinite(lower)
                || !Double.isFinite(upper)
                || lower == upper
                || !Double.isFinite(green)
                || !Double.isFinite(red)) {
            throw new IllegalArgumentException("distance to target needs finite bounds lower != upper and thresholds");
        }
        if (better(ascending(lower, upper), red, green)) {
            throw new IllegalArgumentException("the red threshold must not be better than the green one");
        }
    }

    private static boolean ascending(double lower, double upper) {
        return upper > lower;
    }

    private static boolean better(boolean ascending, double a, double b) {
        return ascending ? a > b : a < b;
    }

    /** At least as good as: {@code a} is {@code b} or better. */
    private boolean atLeast(double a, double b) {
        return a == b || better(ascending(lower, upper), a, b);
    }

    /** The 0–100 score of one raw value; {@code NaN} when it is missing. */
    public double score(double value) {
        return Stats.clip(Stats.linear(new double[] {value}, lower, upper, 0, 100)[0], 0, 100);
    }

    /** The colour of one raw value; empty when it is missing. */
    public Optional<TrafficLight> colour(double value) {
        if (Double.isNaN(value)) {
            return Optional.empty();
        }
        double midpoint = green / 2 + red / 2;
        if (atLeast(value, green)) {
            return Optional.of(TrafficLight.GREEN);
        }
        if (atLeast(value, midpoint)) {
            return Optional.of(TrafficLight.YELLOW);
        }
        return Optional.of(atLeast(value, red) ? TrafficLight.ORANGE : TrafficLight.RED);
    }

    /** Scores every value; the direction is already in the order of the bounds. */
    @Override
    public double[] normalise(double[] values, int direction) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = score(values[i]);
        }
        return out;
    }
}
