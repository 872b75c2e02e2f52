package org.stocktake.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deductions (减分项) and vetoes (一票否决) applied to final scores. A deduction subtracts points
 * from a unit's score, never below {@code floor}; a veto keeps the score but marks the unit, which
 * then ranks after every unit that is not vetoed (see {@link Ranking}).
 *
 * @param deductions points to subtract per unit (units not named lose nothing)
 * @param vetoes     units vetoed
 * @param floor      the lowest score a deduction can leave
 */
public record Adjustments(Map<String, Double> deductions, Set<String> vetoes, double floor) {

    /** Scores after adjustment, with the veto marks, in the order of the units given. */
    @SuppressWarnings("ArrayRecordComponent") // the engine's working arrays, read by position, never compared
    public record Adjusted(double[] scores, boolean[] vetoed) {}

    public Adjustments {
        deductions = Map.copyOf(deductions);
        vetoes = Set.copyOf(vetoes);
        for (Map.Entry<String, Double> d : deductions.entrySet()) {
            if (!(d.getValue() >= 0) || d.getValue().isInfinite()) {
                throw new IllegalArgumentException("deduction for " + d.getKey() + " must be a finite number >= 0");
            }
        }
    }

    public static Adjustments none() {
        return new Adjustments(Map.of(), Set.of(), Double.NEGATIVE_INFINITY);
    }

    public Adjusted apply(List<String> units, double[] scores) {
        double[] adjusted = new double[scores.length];
        boolean[] vetoed = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            String unit = units.get(i);
            double score = scores[i] - deductions.getOrDefault(unit, 0.0);
            adjusted[i] = Double.isNaN(score) ? score : Math.max(floor, score);
            vetoed[i] = vetoes.contains(unit);
        }
        return new Adjusted(adjusted, vetoed);
    }
}
