package org.stocktake.assessment;

import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The one baseline rule of Stocktake: a target's baseline year is the year the plan text states,
 * or else the year before the plan starts (a 2021–2025 plan is measured from 2020); its baseline
 * value is the value observed in the baseline year, or else the value a document states, or else a
 * value derived from a published statement (2020 = the 2021 value − the published change). The
 * verdicts and the cockpit's trajectories both take their baseline from here.
 *
 * @param year   the baseline year
 * @param stated the value a document states, null when none does
 */
public record Baseline(int year, Double stated) {

    /** Where a baseline value comes from, in the order they are tried. */
    public enum Source {
        OBSERVED,
        STATED,
        DERIVED
    }

    /** A baseline value and where it comes from. */
    public record Choice(double value, Source source) {}

    /** The baseline of a target from what its plan states (either may be null) and the plan's first year. */
    public static Baseline of(Integer statedYear, Double statedValue, int planStartYear) {
        return new Baseline(statedYear != null ? statedYear : planStartYear - 1, statedValue);
    }

    /** The value observed in the baseline year, or else the stated value; empty when neither is known. */
    public Optional<Double> value(IntFunction<Optional<Double>> observedIn) {
        return choose(observedIn, y -> Optional.empty()).map(Choice::value);
    }

    /** Observed first, then stated, then derived; empty when none is known. */
    public Optional<Choice> choose(IntFunction<Optional<Double>> observedIn, IntFunction<Optional<Double>> derivedIn) {
        Optional<Double> observed = observedIn.apply(year);
        if (observed.isPresent()) {
            return Optional.of(new Choice(observed.get(), Source.OBSERVED));
        }
        if (stated != null) {
            return Optional.of(new Choice(stated, Source.STATED));
        }
        return derivedIn.apply(year).map(v -> new Choice(v, Source.DERIVED));
    }
}
