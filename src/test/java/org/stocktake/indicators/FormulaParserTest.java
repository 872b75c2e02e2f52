package org.stocktake.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/** The formula grammar: what parses to what (fully parenthesised), and every error with its position. */
class FormulaParserTest {

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # precedence: * and / bind tighter than + and -
            1 + 2 * 3                   | (1 + (2 * 3))
            2 * 3 + 4 * 5               | ((2 * 3) + (4 * 5))
            (1 + 2) * 3                 | ((1 + 2) * 3)
            # associativity: left, so 1 - 2 - 3 = (1 - 2) - 3 and 8 / 4 / 2 = (8 / 4) / 2
            1 - 2 - 3                   | ((1 - 2) - 3)
            8 / 4 / 2                   | ((8 / 4) / 2)
            a * b / c                   | ((a * b) / c)
            a / b * c                   | ((a / b) * c)
            # unary minus binds tighter than * ; unary plus is dropped
            -a * b                      | ((-a) * b)
            a - -b                      | (a - (-b))
            --a                         | (-(-a))
            +a                          | a
            # numbers
            1.5 * a                     | (1.5 * a)
            0.25                        | 0.25
            10000                       | 10000
            # the Hunan formulas, with × ÷ − and full-width brackets, plus and comma as typed in Chinese
            trade_total / gdp * 100     | ((trade_total / gdp) * 100)
            trade_total ÷ gdp × 100     | ((trade_total / gdp) * 100)
            patents / population × 10000 | ((patents / population) * 10000)
            a − b                       | (a - b)
            （a ＋ b）＊2                 | ((a + b) * 2)
            a ／ b                       | (a / b)
            round（a，1）                 | round(a, 1)
            # functions
            prev(gdp)                   | prev(gdp)
            prev(gdp, 2)                | prev(gdp, 2)
            growth(gdp)                 | growth(gdp)
            growth(a / b, 3)            | growth((a / b), 3)
            GROWTH(gdp)                 | growth(gdp)
            cagr(gdp, 5)                | cagr(gdp, 5)
            sum(a, b, c)                | sum(a, b, c)
            min(a, 1)                   | min(a, 1)
            max(a)                      | max(a)
            abs(-a)                     | abs((-a))
            round(a / b * 100, 1)       | round(((a / b) * 100), 1)
            growth(prev(a), 1) * 2      | (growth(prev(a), 1) * 2)
            """)
    void parses(String text, String canonical) {
        assertThat(Formula.parse("f", text)).hasToString(canonical);
    }

    @Test
    void referencesAreListedOnceInOrderWithPositions() {
        Formula f = Formula.parse("f", "growth(b) + a / b");
        assertThat(f.references()).containsExactly("b", "a");
        assertThat(f.referenceNodes()).extracting(Formula.Reference::position).containsExactly(8, 13, 17);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""               | 第 1 个字符：公式为空 | at character 1: the formula is empty
            "   "            | 第 4 个字符：公式为空 | at character 4: the formula is empty
            gdp #            | 第 5 个字符：不认识的字符“#” | at character 5: unexpected character '#'
            a；b              | 第 2 个字符：不认识的字符“；” | at character 2: unexpected character '；'
            1.2.3            | 第 1 个字符：数“1.2.3”写法不对 | at character 1: malformed number '1.2.3'
            a + 1.           | 第 5 个字符：数“1.”写法不对 | at character 5: malformed number '1.'
            gdp *            | 第 6 个字符：公式不完整，此处应为数、指标代码或“(” | at character 6: the formula ends where a number, an indicator code or '(' is expected
            (                | 第 2 个字符：公式不完整，此处应为数、指标代码或“(” | at character 2: the formula ends where a number, an indicator code or '(' is expected
            * gdp            | 第 1 个字符：此处应为数、指标代码或“(”，却是“*” | at character 1: expected a number, an indicator code or '(' but found '*'
            ()               | 第 2 个字符：此处应为数、指标代码或“(”，却是“)” | at character 2: expected a number, an indicator code or '(' but found ')'
            a ×× b           | 第 4 个字符：此处应为数、指标代码或“(”，却是“×” | at character 4: expected a number, an indicator code or '(' but found '×'
            "prev(,)"        | 第 6 个字符：此处应为数、指标代码或“(”，却是“,” | at character 6: expected a number, an indicator code or '(' but found ','
            (gdp + 1         | 第 9 个字符：缺少与第 1 个字符处的“(”配对的“)”，公式已结束 | at character 9: expected ')' to close the '(' at character 1, but the formula ends
            "prev(gdp, 2"    | 第 12 个字符：缺少与第 5 个字符处函数 prev 的“(”配对的“)”，公式已结束 | at character 12: expected ')' to close the '(' of prev at character 5, but the formula ends
            sum(a b)         | 第 7 个字符：缺少与第 4 个字符处函数 sum 的“(”配对的“)”，这里是“b” | at character 7: expected ')' to close the '(' of sum at character 4, but found 'b'
            gdp)             | 第 4 个字符：多余的“)”，前面没有与之配对的“(” | at character 4: unmatched ')'
            gdp 100          | 第 5 个字符：“100”之前缺少运算符（+ - * /） | at character 5: expected an operator (+ - * /) before '100'
            2x               | 第 2 个字符：“x”之前缺少运算符（+ - * /） | at character 2: expected an operator (+ - * /) before 'x'
            "a, b"           | 第 2 个字符：逗号只能用在函数的参数之间 | at character 2: a comma may only separate the arguments of a function
            foo(gdp)         | 第 1 个字符：没有名为“foo”的函数（可用：prev, growth, cagr, sum, min, max, abs, round） | at character 1: no function named 'foo' (known: prev, growth, cagr, sum, min, max, abs, round)
            prev + 1         | 第 1 个字符：prev 是函数名，后面应有“(” | at character 1: prev is a function; expected '(' after it
            "prev(gdp, 1, 2)" | 第 1 个字符：函数 prev 需要 1 或 2 个参数，给了 3 个 | at character 1: prev takes 1 or 2 arguments, got 3
            a + abs()        | 第 5 个字符：函数 abs 需要 1 个参数，给了 0 个 | at character 5: abs takes 1 argument, got 0
            sum()            | 第 1 个字符：函数 sum 至少需要 1 个参数，给了 0 个 | at character 1: sum takes at least 1 argument, got 0
            cagr(gdp)        | 第 1 个字符：函数 cagr 需要 2 个参数，给了 1 个 | at character 1: cagr takes 2 arguments, got 1
            "prev(gdp, 0)"   | 第 11 个字符：函数 prev 的第 2 个参数应为不小于 1 的整数（期数） | at character 11: the 2nd argument of prev must be a whole number ≥ 1 (a count of periods)
            "growth(gdp, 1.5)" | 第 13 个字符：函数 growth 的第 2 个参数应为不小于 1 的整数（期数） | at character 13: the 2nd argument of growth must be a whole number ≥ 1 (a count of periods)
            "growth(gdp, n)" | 第 13 个字符：函数 growth 的第 2 个参数应为不小于 1 的整数（期数） | at character 13: the 2nd argument of growth must be a whole number ≥ 1 (a count of periods)
            "round(gdp, 11)" | 第 12 个字符：函数 round 的第 2 个参数应为 0 到 10 之间的整数（小数位数） | at character 12: the 2nd argument of round must be a whole number from 0 to 10 (decimals)
            "round(gdp, -1)" | 第 12 个字符：函数 round 的第 2 个参数应为 0 到 10 之间的整数（小数位数） | at character 12: the 2nd argument of round must be a whole number from 0 to 10 (decimals)
            """)
    void refusesWithPositionAndReason(String text, String zh, String en) {
        assertThatThrownBy(() -> Formula.parse("trade_dependency", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).containsExactly(new Problem("trade_dependency", zh, en));
                    assertThat(e.report(Locale.ENGLISH)).isEqualTo("trade_dependency: trade_dependency: " + en);
                });
    }

    @Test
    void reportsEveryUnknownFunctionInOneGo() {
        // Unknown functions and bad arguments do not stop the parse; a syntax error does.
        assertThatThrownBy(() -> Formula.parse("f", "foo(1) + bar(2) * prev(a, 0)"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::en)
                                .containsExactly(
                                        "at character 1: no function named 'foo' (known: prev, growth, cagr, sum, min, max, abs, round)",
                                        "at character 10: no function named 'bar' (known: prev, growth, cagr, sum, min, max, abs, round)",
                                        "at character 27: the 2nd argument of prev must be a whole number ≥ 1 (a count of periods)"));
    }
}
