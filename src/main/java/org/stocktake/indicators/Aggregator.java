package org.stocktake.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.stocktake.indicators.Formula.Call;
import org.stocktake.indicators.Formula.Negation;
import org.stocktake.indicators.Formula.Operation;
import org.stocktake.indicators.Formula.Reference;
import org.stocktake.shared.Period;
import org.stocktake.shared.Problem;

/**
 * Computes an indicator's value for a parent region or a group from its children's values by the
 * indicator's {@link Aggregation}. A child counts only when it has every input the rule needs (for
 * a ratio of sums: every indicator of the formula at every period it reads), so numerator and
 * denominator always sum the same children. Below the minimum coverage the value is missing.
 * Plain Java.
 */
public final class Aggregator {

    private final FormulaEvaluator childValues;
    private final double minimumCoverage;

    /** @param minimumCoverage the share of children (0 to 1] that must have data for a value */
    public Aggregator(Lookup lookup, double minimumCoverage) {
        this(lookup, minimumCoverage, Map.of());
    }

    /**
     * With the formulas of derived indicators, so a child without a published value of an input
     * gets it from that input's formula (see {@link FormulaEvaluator#indicator}).
     */
    public Aggregator(Lookup lookup, double minimumCoverage, Map<String, Formula> definitions) {
        if (!(minimumCoverage > 0 && minimumCoverage <= 1)) {
            throw new IllegalArgumentException("minimum coverage must be in (0, 1]: " + minimumCoverage);
        }
        this.childValues = new FormulaEvaluator(lookup, definitions);
        this.minimumCoverage = minimumCoverage;
    }

    /** An aggregator that gives a value only when every child has data. */
    public static Aggregator complete(Lookup lookup) {
        return new Aggregator(lookup, 1);
    }

    public Aggregate aggregate(Derivation derivation, String region, List<String> children, Period period) {
        Aggregation rule = derivation.aggregation();
        String code = derivation.indicator();
        if (rule instanceof Aggregation.NotAggregable) {
            return new Aggregate(
                    code,
                    region,
                    period,
                    Evaluation.missing(region + " " + period, "indicators.not-aggregable", code),
                    List.of(),
                    children);
        }
        Formula formula = rule instanceof Aggregation.RatioOfSums
                ? derivation
                        .parsed()
                        .orElseThrow(() -> new IllegalArgumentException(code + ": ratio_of_sums needs a formula"))
                : new Reference(code, 1);
        Set<Input> inputs = inputs(formula, period);
        if (rule instanceof Aggregation.WeightedMean w) {
            inputs.add(new Input(w.weight(), period));
        }
        Map<Input, Double> sums = new HashMap<>();
        List<String> covered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Problem> gaps = new ArrayList<>();
        for (String child : children) {
            Map<Input, Double> values = values(child, inputs, gaps);
            if (values.size() < inputs.size() || inputs.isEmpty()) {
                missing.add(child);
                continue;
            }
            covered.add(child);
            values.forEach((input, v) -> sums.merge(input, weighted(rule, code, input, v, values), Double::sum));
        }
        Evaluation value = value(rule, code, formula, region, period, sums, covered, missing, gaps);
        return new Aggregate(code, region, period, value, covered, missing);
    }

    private Evaluation value(
            Aggregation rule,
            String code,
            Formula formula,
            String region,
            Period period,
            Map<Input, Double> sums,
            List<String> covered,
            List<String> missing,
            List<Problem> gaps) {
        int all = covered.size() + missing.size();
        if (covered.isEmpty() || covered.size() < minimumCoverage * all - 1e-9) {
            List<Problem> reasons = new ArrayList<>(gaps);
            reasons.add(Problem.of(
                    region + " " + period, "indicators.coverage", covered.size(), all, percent(minimumCoverage)));
            return new Evaluation.Missing(reasons);
        }
        if (rule instanceof Aggregation.WeightedMean w) {
            double weights = sums.get(new Input(w.weight(), period));
            if (weights == 0) {
                return Evaluation.missing(region + " " + period, "indicators.weights-zero", w.weight());
            }
            return new Evaluation.Known(sums.get(new Input(code, period)) / weights);
        }
        Lookup summed = (indicator, r, p) -> {
            Double sum = sums.get(new Input(indicator, p));
            return sum == null ? OptionalDouble.empty() : OptionalDouble.of(sum);
        };
        return new FormulaEvaluator(summed).evaluate(formula, region, period);
    }

    /** Under a weighted mean the indicator's own values enter the sum as value × weight. */
    private static double weighted(Aggregation rule, String code, Input input, double v, Map<Input, Double> values) {
        if (rule instanceof Aggregation.WeightedMean w && input.indicator().equals(code)) {
            return v * values.get(new Input(w.weight(), input.period()));
        }
        return v;
    }

    private Map<Input, Double> values(String child, Set<Input> inputs, List<Problem> gaps) {
        Map<Input, Double> values = new HashMap<>();
        for (Input input : inputs) {
            Evaluation v = childValues.indicator(input.indicator(), child, input.period());
            if (v instanceof Evaluation.Known known) {
                values.put(input, known.value());
            } else {
                gaps.addAll(v.reasons());
            }
        }
        return values;
    }

    /** Every (indicator, period) a formula reads when evaluated at a period, following prev/growth/cagr. */
    static Set<Input> inputs(Formula formula, Period period) {
        Set<Input> inputs = new LinkedHashSet<>();
        collect(formula, period, inputs);
        return inputs;
    }

    private static void collect(Formula f, Period period, Set<Input> inputs) {
        if (f instanceof Reference r) {
            inputs.add(new Input(r.code(), period));
        } else if (f instanceof Negation n) {
            collect(n.operand(), period, inputs);
        } else if (f instanceof Operation o) {
            collect(o.left(), period, inputs);
            collect(o.right(), period, inputs);
        } else if (f instanceof Call c) {
            collectCall(c, period, inputs);
        }
    }

    private static void collectCall(Call c, Period period, Set<Input> inputs) {
        List<Formula> args = c.arguments();
        switch (c.function()) {
            case PREV, GROWTH, CAGR -> {
                int n = args.size() > 1 ? (int) ((Formula.Constant) args.get(1)).value() : 1;
                period.back(n).ifPresent(p -> collect(args.get(0), p, inputs));
                if (c.function() != Formula.Function.PREV) {
                    collect(args.get(0), period, inputs);
                }
            }
            case ROUND -> collect(args.get(0), period, inputs);
            default -> args.forEach(a -> collect(a, period, inputs));
        }
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** An indicator at a period. */
    record Input(String indicator, Period period) {}
}
