package org.stocktake.assessment;

import java.util.List;
import java.util.stream.Collectors;

/** The years of a window whose value falls outside a bound, shared by maintain, floor and ceiling. */
record BoundCheck(Window window, List<Point> outside) {

    static BoundCheck of(Window w, java.util.function.DoublePredicate inside) {
        return new BoundCheck(w, w.points().stream().filter(p -> !inside.test(p.value())).toList());
    }

    boolean latestOutside() {
        return !outside.isEmpty() && outside.get(outside.size() - 1).year() == window.latest().year();
    }

    String years() {
        return outside.stream().map(p -> p.year() + "（" + Text.num(p.value()) + "）").collect(Collectors.joining("、"));
    }

    String yearsEn() {
        return outside.stream().map(p -> p.year() + " (" + Text.num(p.value()) + ")").collect(Collectors.joining(", "));
    }

    String span() {
        return window.base().year() == window.latest().year() ? Integer.toString(window.base().year())
                : window.base().year() + "—" + window.latest().year();
    }
}
