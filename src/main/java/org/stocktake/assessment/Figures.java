package org.stocktake.assessment;

/**
 * The numbers behind a verdict; any of them may be null when the method or the data does not give
 * it. {@code progress}: completion share (latest − base)/(target − base), or the Open SDG progress
 * value under that method; {@code schedule}: the share of the path expected by the latest year;
 * {@code actualRate}/{@code requiredRate}: per-year change or growth (growth as a fraction, 0.12 = 12%);
 * {@code projected}: the trend value at the target year; {@code score}/{@code status}: Open SDG;
 * {@code rebasedAt}: the break year the verdict was re-based on.
 */
public record Figures(
        Integer baseYear,
        Double baseValue,
        Integer latestYear,
        Double latestValue,
        Double progress,
        Double schedule,
        Double actualRate,
        Double requiredRate,
        Double projected,
        Double score,
        String status,
        Integer rebasedAt) {

    static final Figures NONE = new Figures(null, null, null, null, null, null, null, null, null, null, null, null);

    /** The window's years and values; no values when the window is an index chained from growth rates. */
    static Figures window(Window w) {
        return new Figures(
                w.base().year(),
                w.indexed() ? null : w.base().value(),
                w.latest().year(),
                w.indexed() ? null : w.latest().value(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                w.rebasedAt());
    }

    Figures withPath(Double progress, Double schedule) {
        return new Figures(
                baseYear,
                baseValue,
                latestYear,
                latestValue,
                progress,
                schedule,
                actualRate,
                requiredRate,
                projected,
                score,
                status,
                rebasedAt);
    }

    Figures withRates(Double actual, Double required) {
        return new Figures(
                baseYear,
                baseValue,
                latestYear,
                latestValue,
                progress,
                schedule,
                actual,
                required,
                projected,
                score,
                status,
                rebasedAt);
    }

    Figures withProjected(Double value) {
        return new Figures(
                baseYear,
                baseValue,
                latestYear,
                latestValue,
                progress,
                schedule,
                actualRate,
                requiredRate,
                value,
                score,
                status,
                rebasedAt);
    }

    Figures withOpenSdg(Double progressValue, Double newScore, String newStatus) {
        return new Figures(
                baseYear,
                baseValue,
                latestYear,
                latestValue,
                progressValue,
                schedule,
                actualRate,
                requiredRate,
                projected,
                newScore,
                newStatus,
                rebasedAt);
    }
}
