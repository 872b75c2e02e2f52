package org.stocktake.assessment;

import java.util.List;
import java.util.stream.Collectors;
import org.stocktake.shared.Messages;

/** The years of a window whose value falls outside a bound, shared by maintain, floor and ceiling. */
record BoundCheck(Window window, List<Point> outside) {

    static BoundCheck of(Window w, java.util.function.DoublePredicate inside) {
        return new BoundCheck(
                w, w.points().stream().filter(p -> !inside.test(p.value())).toList());
    }

    /** The window's figures with the trend projected to the target year when two or more years are observed. */
    static Figures figures(Window w, int targetYear) {
        java.util.OptionalDouble projected = Trend.project(w.points(), targetYear);
        return Figures.window(w).withProjected(projected.isPresent() ? projected.getAsDouble() : null);
    }

    boolean latestOutside() {
        return !outside.isEmpty()
                && outside.get(outside.size() - 1).year() == window.latest().year();
    }

    String years() {
        return outside.stream()
                .map(p -> Messages.zh("assessment.year-value", p.year(), Text.num(p.value())))
                .collect(Collectors.joining(Messages.zh("assessment.list")));
    }

    String yearsEn() {
        return outside.stream()
                .map(p -> p.year() + " (" + Text.num(p.value()) + ")")
                .collect(Collectors.joining(", "));
    }

    String span() {
        return window.base().year() == window.latest().year()
                ? Integer.toString(window.base().year())
                : window.base().year() + "—" + window.latest().year();
    }
}
