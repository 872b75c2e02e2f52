package org.stocktake.indicators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A formula over indicators, as parsed by {@link #parse}: numbers, indicator references, the four
 * operations, unary minus and {@link Function functions}. {@code toString()} gives a fully
 * parenthesised canonical text.
 */
public sealed interface Formula {

    /** Parses a formula text, or throws {@link org.stocktake.shared.InvalidInputException} naming every problem found. */
    static Formula parse(String source, String text) {
        return FormulaParser.parse(source, text);
    }

    /** The indicator codes this formula refers to, in order of first appearance. */
    default Set<String> references() {
        Set<String> codes = new LinkedHashSet<>();
        referenceNodes().forEach(r -> codes.add(r.code()));
        return codes;
    }

    /** Every reference in the formula, in text order, with its position. */
    default List<Reference> referenceNodes() {
        List<Reference> found = new ArrayList<>();
        collect(this, found);
        return found;
    }

    private static void collect(Formula f, List<Reference> found) {
        if (f instanceof Reference r) {
            found.add(r);
        } else if (f instanceof Negation n) {
            collect(n.operand(), found);
        } else if (f instanceof Operation o) {
            collect(o.left(), found);
            collect(o.right(), found);
        } else if (f instanceof Call c) {
            c.arguments().forEach(a -> collect(a, found));
        }
    }

    /** A number written in the formula. */
    record Constant(double value) implements Formula {
        @Override
        public String toString() {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value)
                    : Double.toString(value);
        }
    }

    /** An indicator code; {@code position} is its first character (1-based) in the text. */
    record Reference(String code, int position) implements Formula {
        @Override
        public String toString() {
            return code;
        }
    }

    /** Unary minus. */
    record Negation(Formula operand) implements Formula {
        @Override
        public String toString() {
            return "(-" + operand + ")";
        }
    }

    /** A binary operation. */
    record Operation(Operator operator, Formula left, Formula right) implements Formula {
        @Override
        public String toString() {
            return "(" + left + " " + operator.symbol + " " + right + ")";
        }
    }

    /** A function applied to its arguments; {@code position} is the function name's first character. */
    record Call(Function function, List<Formula> arguments, int position) implements Formula {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String toString() {
            return function.name().toLowerCase(Locale.ROOT) + "("
                    + arguments.stream().map(Formula::toString).collect(Collectors.joining(", ")) + ")";
        }
    }

    enum Operator {
        ADD("+"),
        SUBTRACT("-"),
        MULTIPLY("*"),
        DIVIDE("/");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    /**
     * The functions of the language. {@code prev(x, n)} is x n periods earlier (n = 1 if left out);
     * {@code growth(x, n)} is the compound growth per period over n periods in % ({@code growth(x)} =
     * (x / prev(x) − 1) × 100); {@code cagr(x, n)} is the same growth annualised (equal to growth for
     * yearly periods); {@code round(x, d)} rounds half up to d decimals.
     */
    enum Function {
        PREV(1, 2),
        GROWTH(1, 2),
        CAGR(2, 2),
        SUM(1, Integer.MAX_VALUE),
        MIN(1, Integer.MAX_VALUE),
        MAX(1, Integer.MAX_VALUE),
        ABS(1, 1),
        ROUND(2, 2);

        final int minArguments;
        final int maxArguments;

        Function(int minArguments, int maxArguments) {
            this.minArguments = minArguments;
            this.maxArguments = maxArguments;
        }

        /** Whether the second argument is a count of periods (a whole number ≥ 1 written as a number). */
        boolean takesPeriodCount() {
            return this == PREV || this == GROWTH || this == CAGR;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
