package org.stocktake.indicators;

import java.util.Locale;
import java.util.Optional;

/**
 * How an indicator's value for a region above the data (a parent or a group) is computed from its
 * children: {@link Sum}, {@link RatioOfSums} (the formula over summed inputs),
 * {@link WeightedMean} by another indicator, or {@link NotAggregable}.
 */
public sealed interface Aggregation {

    /** Σ children. For amounts: GDP, population, trade. */
    record Sum() implements Aggregation {
        @Override
        public String code() {
            return "sum";
        }

        @Override
        public boolean addsUp() {
            return true;
        }

        @Override
        public String weightIndicator() {
            return null;
        }
    }

    /** The indicator's formula evaluated over the children's summed inputs: Σtrade / ΣGDP × 100, not a mean of ratios. */
    record RatioOfSums() implements Aggregation {
        @Override
        public String code() {
            return "ratio_of_sums";
        }

        @Override
        public boolean addsUp() {
            return false;
        }

        @Override
        public String weightIndicator() {
            return null;
        }
    }

    /** Σ(value × weight) / Σweight, the weight being another indicator (urbanisation by resident population). */
    record WeightedMean(String weight) implements Aggregation {
        public WeightedMean {
            if (weight == null || weight.isBlank()) {
                throw new IllegalArgumentException("a weighted mean needs a weight indicator");
            }
        }

        @Override
        public String code() {
            return "weighted_mean";
        }

        @Override
        public boolean addsUp() {
            return false;
        }

        @Override
        public String weightIndicator() {
            return weight;
        }
    }

    /** No value above the data (growth rates at constant prices, ranks, shares of things not recorded). */
    record NotAggregable() implements Aggregation {
        @Override
        public String code() {
            return "not_aggregable";
        }

        @Override
        public boolean addsUp() {
            return false;
        }

        @Override
        public String weightIndicator() {
            return null;
        }
    }

    Aggregation SUM = new Sum();
    Aggregation RATIO_OF_SUMS = new RatioOfSums();
    Aggregation NOT_AGGREGABLE = new NotAggregable();

    /**
     * The stored name: sum, ratio_of_sums, weighted_mean, not_aggregable. (No default methods here: an
     * interface with one is initialised with each record, which could deadlock with the constants above.)
     */
    String code();

    /**
     * The one additivity rule of Stocktake: whether the regions' values of the indicator add up to the
     * value of a region above them or a group of them (a plain sum). Only {@link Sum} does; a ratio of
     * sums, a weighted mean or a not-aggregable indicator never adds up, whatever its unit.
     */
    boolean addsUp();

    /** The weight indicator of a weighted mean, otherwise null. */
    String weightIndicator();

    /**
     * The rule named by a stored name and weight; empty when the name is unknown, or a weight is
     * missing (weighted_mean) or given where none belongs. A blank name is not_aggregable.
     */
    static Optional<Aggregation> of(String code, String weight) {
        String name = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        boolean weighted = weight != null && !weight.isBlank();
        if (name.equals("weighted_mean")) {
            return weighted ? Optional.of(new WeightedMean(weight.trim())) : Optional.empty();
        }
        if (weighted) {
            return Optional.empty();
        }
        return switch (name) {
            case "sum" -> Optional.of(SUM);
            case "ratio_of_sums" -> Optional.of(RATIO_OF_SUMS);
            case "", "not_aggregable" -> Optional.of(NOT_AGGREGABLE);
            default -> Optional.empty();
        };
    }
}
