package org.stocktake.assessment;

/** One observation: a year and a finite value. */
public record Point(int year, double value) {

    public Point {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
    }
}
