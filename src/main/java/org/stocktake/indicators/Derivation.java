package org.stocktake.indicators;

import java.util.Optional;

/**
 * How an indicator's values come about beyond the published data: its formula over other
 * indicators (null for a raw indicator) and its rule for regions above the data.
 */
public record Derivation(String indicator, String formula, Aggregation aggregation) {

    public Derivation {
        formula = formula == null || formula.isBlank() ? null : formula.trim();
        aggregation = aggregation == null ? Aggregation.NOT_AGGREGABLE : aggregation;
    }

    /** A raw indicator with an aggregation rule. */
    public static Derivation raw(String indicator, Aggregation aggregation) {
        return new Derivation(indicator, null, aggregation);
    }

    public boolean derived() {
        return formula != null;
    }

    /** The parsed formula; throws {@link org.stocktake.shared.InvalidInputException} if it does not parse. */
    public Optional<Formula> parsed() {
        return derived() ? Optional.of(Formula.parse(indicator, formula)) : Optional.empty();
    }
}
