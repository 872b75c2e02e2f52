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
            throw stop(peek().position(), "公式为空", "the formula is empty");
        }
        Formula formula = expression();
        FormulaLexer.Token extra = peek();
        if (extra.is(FormulaLexer.Kind.RPAREN)) {
            throw stop(extra.position(), "多余的“)”，前面没有与之配对的“(”", "unmatched ')'");
        }
        if (extra.is(FormulaLexer.Kind.COMMA)) {
            throw stop(extra.position(), "逗号只能用在函数的参数之间", "a comma may only separate the arguments of a function");
        }
        if (!extra.is(FormulaLexer.Kind.END)) {
            throw stop(extra.position(), "“" + extra.text() + "”之前缺少运算符（+ - * /）",
                    "expected an operator (+ - * /) before '" + extra.text() + "'");
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
                expectClosing(token, "的“(”", "the '('");
                yield inner;
            }
            case END -> throw stop(token.position(), "公式不完整，此处应为数、指标代码或“(”",
                    "the formula ends where a number, an indicator code or '(' is expected");
            default -> throw stop(token.position(), "此处应为数、指标代码或“(”，却是“" + token.text() + "”",
                    "expected a number, an indicator code or '(' but found '" + token.text() + "'");
        };
    }

    private Formula reference(FormulaLexer.Token token) {
        if (function(token.text()) != null) {
            problem(token.position(), token.text() + " 是函数名，后面应有“(”",
                    token.text() + " is a function; expected '(' after it");
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
        expectClosing(open, "函数 " + name.text() + " 的“(”", "the '(' of " + name.text());
        Function function = function(name.text());
        if (function == null) {
            problem(name.position(), "没有名为“" + name.text() + "”的函数（可用：" + FormulaLexer.FUNCTION_LIST + "）",
                    "no function named '" + name.text() + "' (known: " + FormulaLexer.FUNCTION_LIST + ")");
            return new Reference(name.text(), name.position());
        }
        checkArguments(function, name, arguments, positions);
        return new Call(function, arguments, name.position());
    }

    private void checkArguments(Function f, FormulaLexer.Token name, List<Formula> args, List<Integer> positions) {
        if (args.size() < f.minArguments || args.size() > f.maxArguments) {
            String count = f.minArguments == f.maxArguments ? "" + f.minArguments : f.minArguments + " 或 " + f.maxArguments;
            String countEn = f.minArguments == f.maxArguments ? "" + f.minArguments : f.minArguments + " or " + f.maxArguments;
            boolean open = f.maxArguments == Integer.MAX_VALUE;
            problem(name.position(), "函数 " + f.label() + (open ? " 至少需要 " + f.minArguments : " 需要 " + count)
                    + " 个参数，给了 " + args.size() + " 个", f.label() + " takes "
                    + (open ? "at least " + f.minArguments : countEn)
                    + ((open ? f.minArguments : f.maxArguments) == 1 ? " argument" : " arguments") + ", got " + args.size());
            return;
        }
        if (args.size() == 2 && (f.takesPeriodCount() || f == Function.ROUND)) {
            boolean round = f == Function.ROUND;
            double n = args.get(1) instanceof Constant c ? c.value() : Double.NaN;
            boolean good = n == Math.rint(n) && (round ? n >= 0 && n <= 10 : n >= 1 && n <= 1200);
            if (!good) {
                problem(positions.get(1), "函数 " + f.label() + " 的第 2 个参数应为"
                        + (round ? " 0 到 10 之间的整数（小数位数）" : "不小于 1 的整数（期数）"),
                        "the 2nd argument of " + f.label() + " must be "
                        + (round ? "a whole number from 0 to 10 (decimals)" : "a whole number ≥ 1 (a count of periods)"));
            }
        }
    }

    private void expectClosing(FormulaLexer.Token open, String whatZh, String whatEn) {
        FormulaLexer.Token token = peek();
        if (token.is(FormulaLexer.Kind.RPAREN)) {
            take();
            return;
        }
        String found = token.is(FormulaLexer.Kind.END) ? "公式已结束" : "这里是“" + token.text() + "”";
        String foundEn = token.is(FormulaLexer.Kind.END) ? "the formula ends" : "found '" + token.text() + "'";
        throw stop(token.position(), "缺少与第 " + open.position() + " 个字符处" + whatZh + "配对的“)”，" + found,
                "expected ')' to close " + whatEn + " at character " + open.position() + ", but " + foundEn);
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

    private void problem(int position, String zh, String en) {
        problems.add(FormulaLexer.at(source, position, zh, en));
    }

    private Stop stop(int position, String zh, String en) {
        problem(position, zh, en);
        return new Stop();
    }
}
