package org.stocktake.indicators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import org.stocktake.shared.Problem;

/** The outcome of evaluating a formula: a value, or missing with every reason why (never a made-up 0). */
public sealed interface Evaluation {

    /** A value that could be computed. */
    record Known(double value) implements Evaluation {}

    /** No value, and why: each reason names the input (indicator, region, period) or the step that failed. */
    record Missing(List<Problem> reasons) implements Evaluation {
        public Missing {
            reasons = List.copyOf(new LinkedHashSet<>(reasons));
        }
    }

    static Evaluation missing(String where, String key, Object... args) {
        return new Missing(List.of(Problem.of(where, key, args)));
    }

    /** Missing with the reasons of all the missing parts together. */
    static Evaluation missing(List<Evaluation> parts) {
        List<Problem> reasons = new ArrayList<>();
        parts.stream().filter(Missing.class::isInstance).forEach(p -> reasons.addAll(((Missing) p).reasons()));
        return new Missing(reasons);
    }

    default boolean isKnown() {
        return this instanceof Known;
    }

    default OptionalDouble asOptional() {
        return this instanceof Known k ? OptionalDouble.of(k.value()) : OptionalDouble.empty();
    }

    default List<Problem> reasons() {
        return this instanceof Missing m ? m.reasons() : List.of();
    }
}
