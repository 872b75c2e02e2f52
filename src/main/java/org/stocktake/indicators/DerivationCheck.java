package org.stocktake.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.stocktake.indicators.Formula.Reference;
import org.stocktake.shared.Problem;

/**
 * Checks proposed derivations against the indicators that exist and the derivations already
 * defined: the formula parses, every code it names exists, no formula depends on itself, and the
 * aggregation rule fits (a ratio of sums has a formula over summable inputs; a weighted mean has
 * an existing weight). Reports every problem found. Plain Java.
 */
final class DerivationCheck {

    private final Set<String> indicators;
    private final Map<String, Derivation> existing;
    private final UnaryOperator<String> where;

    /**
     * @param indicators codes of all defined indicators
     * @param existing   derivations already stored, by indicator
     * @param where      names the place of an indicator's definition in problems (a code, a file row)
     */
    DerivationCheck(Set<String> indicators, Map<String, Derivation> existing, UnaryOperator<String> where) {
        this.indicators = Set.copyOf(indicators);
        this.existing = Map.copyOf(existing);
        this.where = where;
    }

    List<Problem> check(List<Derivation> proposed) {
        Map<String, Derivation> after = new HashMap<>(existing);
        proposed.forEach(d -> after.put(d.indicator(), d));
        List<Problem> problems = new ArrayList<>();
        Map<String, Set<String>> uses = new HashMap<>();
        for (Derivation d : proposed) {
            String at = where.apply(d.indicator());
            if (!indicators.contains(d.indicator())) {
                problems.add(Problem.of(at, "indicators.unknown", d.indicator()));
            }
            Formula formula = formula(d, at, problems);
            if (formula != null) {
                uses.put(d.indicator(), formula.references());
            }
            problems.addAll(aggregation(d, formula, at, after));
        }
        after.values().stream()
                .filter(d -> !uses.containsKey(d.indicator()) && d.derived())
                .forEach(d -> uses.put(d.indicator(), referencesOf(d)));
        problems.addAll(cycles(uses, proposed));
        return problems;
    }

    private Formula formula(Derivation d, String at, List<Problem> problems) {
        if (!d.derived()) {
            return null;
        }
        FormulaParser.Result parsed = FormulaParser.attempt(at, d.formula());
        problems.addAll(parsed.problems());
        if (!parsed.ok()) {
            return null;
        }
        for (Reference r : parsed.formula().referenceNodes()) {
            if (!indicators.contains(r.code())) {
                problems.add(FormulaLexer.at(at, r.position(), "indicators.unknown", r.code()));
            }
        }
        return parsed.formula();
    }

    private List<Problem> aggregation(Derivation d, Formula formula, String at, Map<String, Derivation> after) {
        List<Problem> problems = new ArrayList<>();
        Aggregation rule = d.aggregation();
        if (rule instanceof Aggregation.RatioOfSums && !d.derived()) {
            problems.add(Problem.of(at, "indicators.ratio-needs-formula"));
        }
        if (rule instanceof Aggregation.RatioOfSums && formula != null) {
            for (String input : formula.references()) {
                Derivation used = after.get(input);
                if (indicators.contains(input) && (used == null || !(used.aggregation() instanceof Aggregation.Sum))) {
                    String how =
                            used == null ? "not_aggregable" : used.aggregation().code();
                    problems.add(Problem.of(at, "indicators.ratio-input", input, how));
                }
            }
        }
        if (rule instanceof Aggregation.WeightedMean w) {
            if (!indicators.contains(w.weight())) {
                problems.add(Problem.of(at, "indicators.weight.unknown", w.weight()));
            } else if (w.weight().equals(d.indicator())) {
                problems.add(Problem.of(at, "indicators.weight.self"));
            }
        }
        return problems;
    }

    private List<Problem> cycles(Map<String, Set<String>> uses, List<Derivation> proposed) {
        Set<String> changed = new java.util.HashSet<>();
        proposed.forEach(d -> changed.add(d.indicator()));
        List<Problem> problems = new ArrayList<>();
        for (List<String> cycle : FormulaCycles.find(uses)) {
            String first = cycle.stream().filter(changed::contains).findFirst().orElse(null);
            if (first != null) {
                String text = FormulaCycles.describe(cycle);
                problems.add(Problem.of(where.apply(first), "indicators.cycle", text));
            }
        }
        return problems;
    }

    private static Set<String> referencesOf(Derivation d) {
        FormulaParser.Result parsed = FormulaParser.attempt(d.indicator(), d.formula());
        return parsed.ok() ? parsed.formula().references() : Set.of();
    }
}
