package org.stocktake.assessment;

import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The one baseline rule of Stocktake: a target's baseline year is the year the plan text states,
 * or else the year before the plan starts (a 2021–2025 plan is measured from 2020); its baseline
 * value is the value the text states, or else the value observed in the baseline year. The
 * verdicts and the cockpit's trajectories both take their baseline from here.
 *
 * @param year   the baseline year
 * @param stated the value the plan states, null when it states none
 */
public record Baseline(int year, Double stated) {

    /** The baseline of a target from what its plan states (either may be null) and the plan's first year. */
    public static Baseline of(Integer statedYear, Double statedValue, int planStartYear) {
        return new Baseline(statedYear != null ? statedYear : planStartYear - 1, statedValue);
    }

    /** The stated value, or else the value observed in the baseline year; empty when neither is known. */
    public Optional<Double> value(IntFunction<Optional<Double>> observedIn) {
        return stated != null ? Optional.of(stated) : observedIn.apply(year);
    }
}
