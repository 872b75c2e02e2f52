package org.stocktake.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.stocktake.indicators.Formula.Call;
import org.stocktake.indicators.Formula.Constant;
import org.stocktake.indicators.Formula.Negation;
import org.stocktake.indicators.Formula.Operation;
import org.stocktake.indicators.Formula.Reference;
import org.stocktake.shared.Period;

/**
 * Evaluates formulas for a region and period over a {@link Lookup}. A reference reads the lookup
 * first; when it has no value and the indicator has a formula among the definitions, that formula
 * is evaluated instead (a published value wins over a computed one). Missing inputs and division
 * by zero give {@link Evaluation.Missing} with the reasons, never 0. Plain Java.
 */
public final class FormulaEvaluator {

    private static final int MAX_DEPTH = 64;

    private final Lookup lookup;
    private final Map<String, Formula> definitions;

    public FormulaEvaluator(Lookup lookup) {
        this(lookup, Map.of());
    }

    /** With the formulas of derived indicators, which must be free of cycles (see {@link FormulaCycles}). */
    public FormulaEvaluator(Lookup lookup, Map<String, Formula> definitions) {
        this.lookup = lookup;
        this.definitions = Map.copyOf(definitions);
    }

    public Evaluation evaluate(Formula formula, String region, Period period) {
        return eval(formula, region, period, 0);
    }

    /** The value of an indicator: its published value, or else its formula's. */
    public Evaluation indicator(String code, String region, Period period) {
        return eval(new Reference(code, 1), region, period, 0);
    }

    private Evaluation eval(Formula formula, String region, Period period, int depth) {
        if (formula instanceof Constant c) {
            return new Evaluation.Known(c.value());
        } else if (formula instanceof Reference r) {
            return reference(r.code(), region, period, depth);
        } else if (formula instanceof Negation n) {
            return apply(region + " " + period, List.of(eval(n.operand(), region, period, depth)), v -> -v[0]);
        } else if (formula instanceof Operation o) {
            return operation(o, region, period, depth);
        }
        return call((Call) formula, region, period, depth);
    }

    private Evaluation reference(String code, String region, Period period, int depth) {
        OptionalDouble value = lookup.value(code, region, period);
        if (value.isPresent()) {
            return new Evaluation.Known(value.getAsDouble());
        }
        Formula definition = definitions.get(code);
        if (definition != null && depth < MAX_DEPTH) {
            return eval(definition, region, period, depth + 1);
        }
        return Evaluation.missing(code + " " + region + " " + period, "indicators.no-value");
    }

    private Evaluation operation(Operation o, String region, Period period, int depth) {
        Evaluation left = eval(o.left(), region, period, depth);
        Evaluation right = eval(o.right(), region, period, depth);
        if (o.operator() == Formula.Operator.DIVIDE && right instanceof Evaluation.Known k && k.value() == 0) {
            return left.isKnown() ? divisionByZero(o.right(), region, period) : left;
        }
        return apply(region + " " + period, List.of(left, right), v -> switch (o.operator()) {
            case ADD -> v[0] + v[1];
            case SUBTRACT -> v[0] - v[1];
            case MULTIPLY -> v[0] * v[1];
            case DIVIDE -> v[0] / v[1];
        });
    }

    private Evaluation call(Call call, String region, Period period, int depth) {
        List<Formula> args = call.arguments();
        String at = region + " " + period;
        return switch (call.function()) {
            case PREV ->
                back(period, count(call))
                        .map(p -> eval(args.get(0), region, p, depth))
                        .orElseGet(() -> outOfRange(call, region, period));
            case GROWTH, CAGR -> growth(call, region, period, depth);
            case ABS -> apply(at, evalAll(args, region, period, depth), v -> Math.abs(v[0]));
            case ROUND ->
                apply(
                        at,
                        evalAll(args.subList(0, 1), region, period, depth),
                        v -> BigDecimal.valueOf(v[0])
                                .setScale((int) ((Constant) args.get(1)).value(), RoundingMode.HALF_UP)
                                .doubleValue());
            case MIN ->
                apply(
                        at,
                        evalAll(args, region, period, depth),
                        v -> Arrays.stream(v).min().orElseThrow());
            case MAX ->
                apply(
                        at,
                        evalAll(args, region, period, depth),
                        v -> Arrays.stream(v).max().orElseThrow());
            case SUM ->
                apply(
                        at,
                        evalAll(args, region, period, depth),
                        v -> Arrays.stream(v).sum());
        };
    }

    /** growth: compound growth per period over n periods, in %; cagr: the same annualised. */
    private Evaluation growth(Call call, String region, Period period, int depth) {
        int n = count(call);
        Optional<Period> base = back(period, n);
        if (base.isEmpty()) {
            return outOfRange(call, region, period);
        }
        Formula x = call.arguments().get(0);
        Evaluation now = eval(x, region, period, depth);
        Evaluation then = eval(x, region, base.get(), depth);
        if (then instanceof Evaluation.Known k && k.value() == 0) {
            return now.isKnown() ? divisionByZero(x, region, base.get()) : now;
        }
        double periods = call.function() == Formula.Function.CAGR ? n / (double) period.perYear() : n;
        Evaluation result =
                apply(region + " " + period, List.of(now, then), v -> (Math.pow(v[0] / v[1], 1 / periods) - 1) * 100);
        if (now.isKnown() && then.isKnown() && !result.isKnown() && periods != 1) {
            return Evaluation.missing(call + " " + region + " " + period, "indicators.cagr-sign");
        }
        return result;
    }

    private List<Evaluation> evalAll(List<Formula> formulas, String region, Period period, int depth) {
        List<Evaluation> values = new ArrayList<>();
        formulas.forEach(f -> values.add(eval(f, region, period, depth)));
        return values;
    }

    private static Evaluation apply(String where, List<Evaluation> parts, ToDoubleFunction<double[]> op) {
        if (!parts.stream().allMatch(Evaluation::isKnown)) {
            return Evaluation.missing(parts);
        }
        double result = op.applyAsDouble(
                parts.stream().mapToDouble(p -> ((Evaluation.Known) p).value()).toArray());
        return Double.isFinite(result)
                ? new Evaluation.Known(result)
                : Evaluation.missing(where, "indicators.not-finite");
    }

    private static int count(Call call) {
        return call.arguments().size() > 1 ? (int) ((Constant) call.arguments().get(1)).value() : 1;
    }

    private static Optional<Period> back(Period period, int steps) {
        return period.back(steps);
    }

    private static Evaluation divisionByZero(Formula divisor, String region, Period period) {
        return Evaluation.missing(region + " " + period, "indicators.division-by-zero", divisor);
    }

    private static Evaluation outOfRange(Call call, String region, Period period) {
        return Evaluation.missing(region + " " + period, "indicators.period-out-of-range", call);
    }
}
