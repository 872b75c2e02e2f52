package org.stocktake.cockpit.web;

import java.util.List;
import org.stocktake.assessment.Baseline;
import org.stocktake.observations.Observation;
import org.stocktake.plan.PlanDocument;

/**
 * The path a target asks for, year by year, on the indicator's own scale: a straight line to a
 * level, compound growth, a yearly increment, or a flat bound; none for the other kinds. The baseline
 * comes from the one baseline rule, {@link Baseline}.
 */
final class Trajectories {

    private Trajectories() {}

    static IndicatorSeries.Target line(PlanDocument.Target t, List<Observation> yearly, PlanDocument plan) {
        if (t.value() == null) {
            return null;
        }
        PlanDocument.Baseline stated = t.baseline();
        Baseline baseline = Baseline.of(
                stated == null ? null : stated.year(),
                stated == null || stated.value() == null ? null : stated.value().doubleValue(),
                plan.startYear());
        Integer baseYear = baseline.year();
        Double baseValue = baseline.value(year -> yearly.stream()
                        .filter(o -> o.period().equals(Integer.toString(year)))
                        .findFirst()
                        .map(o -> o.value().doubleValue()))
                .orElse(null);
        IndicatorSeries.Target partial = new IndicatorSeries.Target(
                t.code(),
                t.kind().code(),
                t.value().doubleValue(),
                t.unit(),
                t.targetYear(),
                baseYear,
                baseValue,
                null);
        Double end = at(partial, t.targetYear());
        return new IndicatorSeries.Target(
                t.code(), t.kind().code(), t.value().doubleValue(), t.unit(), t.targetYear(), baseYear, baseValue, end);
    }

    /** The trajectory's value in a year between the baseline and the target year; null outside or unknown. */
    static Double at(IndicatorSeries.Target t, int year) {
        if (year > t.year()) {
            return null;
        }
        switch (t.kind()) {
            case "maintain", "floor", "ceiling" -> {
                return t.baselineYear() == null || year >= t.baselineYear() ? t.value() : null;
            }
            default -> {
                // a trajectory from the baseline, below
            }
        }
        if (t.baselineYear() == null || t.baselineValue() == null || year < t.baselineYear()) {
            return null;
        }
        int elapsed = year - t.baselineYear();
        double base = t.baselineValue();
        return switch (t.kind()) {
            case "level" -> {
                int span = t.year() - t.baselineYear();
                yield IndicatorReadModel.round(span <= 0 ? t.value() : base + (t.value() - base) * elapsed / span);
            }
            case "annual_growth" -> IndicatorReadModel.round(base * Math.pow(1 + t.value() / 100.0, elapsed));
            case "annual_increment" -> IndicatorReadModel.round(base + t.value() * elapsed);
            default -> null;
        };
    }
}
