package org.stocktake.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stocktake.indicators.Formula.Call;
import org.stocktake.indicators.Formula.Constant;
import org.stocktake.indicators.Formula.Function;
import org.stocktake.indicators.Formula.Negation;
import org.stocktake.indicators.Formula.Operation;
import org.stocktake.indicators.Formula.Operator;
import org.stocktake.indicators.Formula.Reference;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Problem;

/**
 * Recursive-descent parser of the formula language:
 * <pre>
 * expression = term { ("+" | "-") term }
 * term       = unary { ("*" | "/") unary }
 * unary      = ("-" | "+") unary | primary
 * primary    = number | code | function "(" [ expression { "," expression } ] ")" | "(" expression ")"
 * </pre>
 * A syntax error stops the parse; unknown functions and wrong arguments are collected and the
 * parse goes on, so one run reports them all. Positions are 1-based characters.
 */
final class FormulaParser {

    /** The formula, or null when there are problems. */
    record Result(Formula formula, List<Problem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final String source;
    private final List<FormulaLexer.Token> tokens;
    private final List<Problem> problems = new ArrayList<>();
    private int next;

    private FormulaParser(String source, List<FormulaLexer.Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    static Formula parse(String source, String text) {
        Result result = attempt(source, text);
        if (!result.ok()) {
            throw new InvalidInputException(source, result.problems());
        }
        return result.formula();
    }

    static Result attempt(String source, String text) {
        FormulaLexer lexer = new FormulaLexer(source, text == null ? "" : text);
        List<FormulaLexer.Token> tokens = lexer.tokens();
        if (lexer.problem() != null) {
            return new Result(null, List.of(lexer.problem()));
        }
        FormulaParser parser = new FormulaParser(source, tokens);
        try {
            Formula formula = parser.whole();
            return parser.problems.isEmpty() ? new Result(formula, List.of()) : new Result(null, parser.problems);
        } catch (Stop stop) {
            return new Result(null, parser.problems);
        }
    }

    private Formula whole() {
        if (peek().is(FormulaLexer.Kind.END)) {
            throw stop(peek().position(), "formula.empty");
        }
        Formula formula = expression();
        FormulaLexer.Token extra = peek();
        if (extra.is(FormulaLexer.Kind.RPAREN)) {
            throw stop(extra.position(), "formula.unmatched");
        }
        if (extra.is(FormulaLexer.Kind.COMMA)) {
            throw stop(extra.position(), "formula.comma");
        }
        if (!extra.is(FormulaLexer.Kind.END)) {
            throw stop(extra.position(), "formula.operator", extra.text());
        }
        return formula;
    }

    private Formula expression() {
        Formula left = term();
        while (peek().is(FormulaLexer.Kind.PLUS) || peek().is(FormulaLexer.Kind.MINUS)) {
            Operator op = take().is(FormulaLexer.Kind.PLUS) ? Operator.ADD : Operator.SUBTRACT;
            left = new Operation(op, left, term());
        }
        return left;
    }

    private Formula term() {
        Formula left = unary();
        while (peek().is(FormulaLexer.Kind.STAR) || peek().is(FormulaLexer.Kind.SLASH)) {
            Operator op = take().is(FormulaLexer.Kind.STAR) ? Operator.MULTIPLY : Operator.DIVIDE;
            left = new Operation(op, left, unary());
        }
        return left;
    }

    private Formula unary() {
        if (peek().is(FormulaLexer.Kind.MINUS)) {
            take();
            return new Negation(unary());
        }
        if (peek().is(FormulaLexer.Kind.PLUS)) {
            take();
            return unary();
        }
        return primary();
    }

    private Formula primary() {
        FormulaLexer.Token token = take();
        return switch (token.kind()) {
            case NUMBER -> new Constant(Double.parseDouble(token.text()));
            case IDENTIFIER -> peek().is(FormulaLexer.Kind.LPAREN) ? call(token) : reference(token);
            case LPAREN -> {
                Formula inner = expression();
                expectClosing(token, LocalizedText.of("formula.what.paren"));
                yield inner;
            }
            case END -> throw stop(token.position(), "formula.incomplete");
            default -> throw stop(token.position(), "formula.unexpected", token.text());
        };
    }

    private Formula reference(FormulaLexer.Token token) {
        if (function(token.text()) != null) {
            problem(token.position(), "formula.function-needs-paren", token.text());
        }
        return new Reference(token.text(), token.position());
    }

    private Formula call(FormulaLexer.Token name) {
        FormulaLexer.Token open = take();
        List<Formula> arguments = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        if (!peek().is(FormulaLexer.Kind.RPAREN)) {
            positions.add(peek().position());
            arguments.add(expression());
            while (peek().is(FormulaLexer.Kind.COMMA)) {
                take();
                positions.add(peek().position());
                arguments.add(expression());
            }
        }
        expectClosing(open, LocalizedText.of("formula.what.function-paren", name.text()));
        Function function = function(name.text());
        if (function == null) {
            problem(name.position(), "formula.no-function", name.text(), FormulaLexer.FUNCTION_LIST);
            return new Reference(name.text(), name.position());
        }
        checkArguments(function, name, arguments, positions);
        return new Call(function, arguments, name.position());
    }

    private void checkArguments(Function f, FormulaLexer.Token name, List<Formula> args, List<Integer> positions) {
        if (args.size() < f.minArguments || args.size() > f.maxArguments) {
            Object count = f.minArguments == f.maxArguments
                    ? f.minArguments
                    : LocalizedText.of("formula.either", f.minArguments, f.maxArguments);
            boolean open = f.maxArguments == Integer.MAX_VALUE;
            boolean one = (open ? f.minArguments : f.maxArguments) == 1;
            String key = (open ? "formula.arity.min" : "formula.arity") + (one ? (open ? "-one" : ".one") : "");
            problem(name.position(), key, f.label(), open ? f.minArguments : count, args.size());
            return;
        }
        if (args.size() == 2 && (f.takesPeriodCount() || f == Function.ROUND)) {
            boolean round = f == Function.ROUND;
            double n = args.get(1) instanceof Constant c ? c.value() : Double.NaN;
            boolean good = n == Math.rint(n) && (round ? n >= 0 && n <= 10 : n >= 1 && n <= 1200);
            if (!good) {
                problem(positions.get(1), round ? "formula.second.decimals" : "formula.second.periods", f.label());
            }
        }
    }

    private void expectClosing(FormulaLexer.Token open, LocalizedText what) {
        FormulaLexer.Token token = peek();
        if (token.is(FormulaLexer.Kind.RPAREN)) {
            take();
            return;
        }
        LocalizedText found = token.is(FormulaLexer.Kind.END)
                ? LocalizedText.of("formula.found.end")
                : LocalizedText.of("formula.found.token", token.text());
        throw stop(token.position(), "formula.unclosed", open.position(), what, found);
    }

    private static Function function(String name) {
        try {
            return Function.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private FormulaLexer.Token peek() {
        return tokens.get(next);
    }

    private FormulaLexer.Token take() {
        FormulaLexer.Token token = tokens.get(next);
        if (next < tokens.size() - 1) {
            next++;
        }
        return token;
    }

    private void problem(int position, String key, Object... args) {
        problems.add(FormulaLexer.at(source, position, key, args));
    }

    private Stop stop(int position, String key, Object... args) {
        problem(position, key, args);
        return new Stop();
    }
}
