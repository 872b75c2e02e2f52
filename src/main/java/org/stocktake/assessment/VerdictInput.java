package org.stocktake.assessment;

import java.util.List;
import java.util.Objects;

/**
 * Everything one verdict needs. {@code series}: the target's indicator (for rank: the rank each
 * year); {@code reference}: the other side of a parity target, or the yearly growth rates (percent)
 * of an annual_growth target's indicator, used when its base-year level is unknown (may be null);
 * {@code tasks}: lights of the tasks linked to a qualitative target; {@code asOfYear}: observations
 * after it are ignored.
 */
public record VerdictInput(
        TargetSpec target,
        Series series,
        Series reference,
        List<TaskLight> tasks,
        int asOfYear,
        Method method,
        Settings settings) {

    public VerdictInput {
        Objects.requireNonNull(target, "target");
        series = series == null ? Series.of(List.of()) : series;
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        method = method == null ? Method.SCHEDULE : method;
        settings = settings == null ? Settings.DEFAULT : settings;
    }

    /** The schedule method with default settings. */
    public static VerdictInput of(TargetSpec target, Series series, int asOfYear) {
        return new VerdictInput(target, series, null, List.of(), asOfYear, Method.SCHEDULE, Settings.DEFAULT);
    }

    public VerdictInput with(Method newMethod) {
        return new VerdictInput(target, series, reference, tasks, asOfYear, newMethod, settings);
    }

    VerdictInput withAsOf(int year) {
        return new VerdictInput(target, series, reference, tasks, year, method, settings);
    }

    VerdictInput with(TargetSpec newTarget) {
        return new VerdictInput(newTarget, series, reference, tasks, asOfYear, method, settings);
    }
}
