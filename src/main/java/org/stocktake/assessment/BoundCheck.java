package org.stocktake.assessment;

import java.util.List;
import java.util.stream.Collectors;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;

/** The years of a window whose value falls outside a bound, shared by maintain, floor and ceiling. */
record BoundCheck(Window window, List<Point> outside) {

    static BoundCheck of(Window w, java.util.function.DoublePredicate inside) {
        return new BoundCheck(
                w, w.points().stream().filter(p -> !inside.test(p.value())).toList());
    }

    /** The window's figures with the trend projected to the target year when three or more years are observed. */
    static Figures figures(Window w, int targetYear) {
        java.util.OptionalDouble projected = w.points().size() < Trajectory.MIN_TREND_POINTS
                ? java.util.OptionalDouble.empty()
                : Trend.project(w.points(), targetYear);
        return Figures.window(w).withProjected(projected.isPresent() ? projected.getAsDouble() : null);
    }

    boolean latestOutside() {
        return !outside.isEmpty()
                && outside.get(outside.size() - 1).year() == window.latest().year();
    }

    /** The years outside with their values: 2021年（58.5%）、2022年（58%）. */
    LocalizedText years() {
        String zh = outside.stream()
                .map(p -> Messages.zh(
                        "assessment.year-value",
                        p.year(),
                        Text.val(p.value(), window.unit()).zh()))
                .collect(Collectors.joining(Messages.zh("assessment.list")));
        String en = outside.stream()
                .map(p -> p.year() + " (" + Text.val(p.value(), window.unit()).en() + ")")
                .collect(Collectors.joining(", "));
        return new LocalizedText(zh, en);
    }

    /** The window's years: 2024年 / 2020—2023年. */
    LocalizedText span() {
        return window.base().year() == window.latest().year()
                ? LocalizedText.of("assessment.year", window.base().year())
                : LocalizedText.of(
                        "assessment.span", window.base().year(), window.latest().year());
    }

    /** One year only: the sentence names the year once, with its value. */
    boolean oneYear() {
        return window.base().year() == window.latest().year();
    }

    LocalizedText latestValue() {
        return Text.val(window.latest().value(), window.unit());
    }
}
