package org.stocktake.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stocktake.shared.Period;
import org.stocktake.shared.Problem;

/** Evaluation over a lookup: arithmetic, periods (years, quarters, months), missing inputs and division by zero. */
class FormulaEvaluatorTest {

    /** Synthetic test values for region R (not statistics). */
    static final Map<String, Double> DATA = data("""
            gdp 2019 100 | gdp 2020 110 | gdp 2021 121
            trade 2021 30.25 | patents 2021 400 | pop 2021 50
            zero 2020 0 | zero 2021 0 | neg 2019 -1 | neg 2021 4
            q 2020Q1 100 | q 2020Q4 133.1 | q 2021Q1 146.41
            m 2020-12 50 | m 2021-01 55
            """);

    static final Lookup LOOKUP = (code, region, period) -> {
        Double v = region.equals("R") ? DATA.get(code + " " + period) : null;
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    };

    @ParameterizedTest(name = "{0} at {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # trade dependency: 30.25 / 121 × 100 = 25
            trade / gdp * 100           | 2021    | 25
            trade ÷ gdp × 100           | 2021    | 25
            # patents per 10,000 people: 400 / 50 × 10,000 = 80,000
            patents / pop * 10000       | 2021    | 80000
            2 * 3 + 4 * 5               | 2021    | 26
            # left associative: (1 - 2) - 3 = -4, (8 / 4) / 2 = 1
            1 - 2 - 3                   | 2021    | -4
            8 / 4 / 2                   | 2021    | 1
            -gdp + 1                    | 2021    | -120
            prev(gdp)                   | 2021    | 110
            prev(gdp, 2)                | 2021    | 100
            # 121 / 110 = 1.1 → 10 %
            growth(gdp)                 | 2021    | 10
            # (121 / 100)^(1/2) = 1.1 → 10 % a year
            growth(gdp, 2)              | 2021    | 10
            cagr(gdp, 2)                | 2021    | 10
            # quarters: prev of 2021Q1 is 2020Q4; 146.41 / 133.1 = 1.1 → 10 %
            prev(q)                     | 2021Q1  | 133.1
            growth(q)                   | 2021Q1  | 10
            # four quarters back is 2020Q1: (146.41 / 100)^(1/4) = 1.1 → 10 % a quarter
            growth(q, 4)                | 2021Q1  | 10
            # annualised: (146.41 / 100)^(4/4) → 46.41 %; one quarter 1.1^4 = 1.4641 → 46.41 %
            cagr(q, 4)                  | 2021Q1  | 46.41
            cagr(q, 1)                  | 2021Q1  | 46.41
            # months cross the year: prev of 2021-01 is 2020-12; 55 / 50 → 10 %, annualised 1.1^12 = 3.138428376721
            prev(m)                     | 2021-01 | 50
            growth(m)                   | 2021-01 | 10
            cagr(m, 1)                  | 2021-01 | 213.8428376721
            sum(gdp, prev(gdp))         | 2021    | 231
            min(1, 2, -3)               | 2021    | -3
            max(1, 2, -3)               | 2021    | 2
            abs(-4)                     | 2021    | 4
            # 2 / 3 × 100 = 66.666… → 66.67; half up: 2.5 → 3, -2.5 → -3
            round(2 / 3 * 100, 2)       | 2021    | 66.67
            round(2.5, 0)               | 2021    | 3
            round(-2.5, 0)              | 2021    | -3
            # plain arithmetic across a sign change: (4 / -1 - 1) × 100 = -500
            (neg / prev(neg, 2) - 1) * 100 | 2021 | -500
            """)
    void computes(String formula, String period, double expected) {
        Evaluation result = evaluate(formula, period);
        assertThat(result.reasons()).isEmpty();
        assertThat(result.asOptional().getAsDouble()).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0} at {1} is missing")
    @CsvSource(delimiter = '|', textBlock = """
            # a missing input is missing, never 0
            trade / gdp * 100   | 2020   | trade R 2020: no value
            sum(gdp, trade)     | 2019   | trade R 2019: no value
            trade + pop         | 2020   | trade R 2020: no value ; pop R 2020: no value
            growth(gdp)         | 2019   | gdp R 2018: no value
            prev(gdp, 3)        | 2021   | gdp R 2018: no value
            growth(q)           | 2020Q4 | q R 2020Q3: no value
            # division by zero names the divisor
            trade / zero        | 2021   | R 2021: division by zero: zero = 0
            gdp / (gdp - gdp)   | 2021   | R 2021: division by zero: (gdp - gdp) = 0
            growth(zero)        | 2021   | R 2020: division by zero: zero = 0
            # compound growth between values of different sign has no real root
            growth(neg, 2)      | 2021   | growth(neg, 2) R 2021: no compound growth between values of different sign
            # before the first year a Period can hold
            prev(gdp)           | 1900   | R 1900: prev(gdp) needs a period out of range
            """)
    void isMissingWithTheReason(String formula, String period, String reasons) {
        Evaluation result = evaluate(formula, period);
        assertThat(result).isInstanceOf(Evaluation.Missing.class);
        assertThat(result.reasons())
                .extracting(p -> p.where() + ": " + p.en())
                .containsExactlyElementsOf(
                        Arrays.stream(reasons.split(";")).map(String::trim).toList());
    }

    @Test
    void reasonsAreInChineseToo() {
        assertThat(evaluate("trade / zero", "2021").reasons())
                .containsExactly(new Problem("R 2021", "除数为零：zero = 0", "division by zero: zero = 0"));
    }

    @Test
    void aDerivedIndicatorUsesItsFormulaUnlessAValueIsPublished() {
        Map<String, Formula> definitions = Map.of(
                "td", Formula.parse("td", "trade / gdp * 100"), "td_growth", Formula.parse("td_growth", "growth(td)"));
        FormulaEvaluator evaluator = new FormulaEvaluator(LOOKUP, definitions);
        assertThat(evaluator.indicator("td", "R", Period.ofYear(2021)).asOptional())
                .hasValue(25);
        // td 2020 needs trade 2020, which is missing: the reason names the raw input.
        assertThat(evaluator.indicator("td_growth", "R", Period.ofYear(2021)).reasons())
                .extracting(p -> p.where() + ": " + p.en())
                .containsExactly("trade R 2020: no value");
        // A published td wins over the formula: 26 for 2021 and 20 for 2020 → 30 %.
        Lookup published = (code, region, period) -> code.equals("td")
                ? OptionalDouble.of(period.year() == 2021 ? 26 : 20)
                : LOOKUP.value(code, region, period);
        assertThat(new FormulaEvaluator(published, definitions)
                        .indicator("td_growth", "R", Period.ofYear(2021))
                        .asOptional()
                        .getAsDouble())
                .isCloseTo(30, within(1e-9));
    }

    @Test
    void periodsStepBackWithinTheirKind() {
        assertThat(List.of(
                        p("2021Q1").back(1),
                        p("2021-01").back(13),
                        p("2021").back(3),
                        p("2021Q3").back(4)))
                .extracting(o -> o.orElseThrow().toString())
                .containsExactly("2020Q4", "2019-12", "2018", "2020Q3");
        assertThat(p("1900").back(1)).isEmpty();
    }

    private static Evaluation evaluate(String formula, String period) {
        return new FormulaEvaluator(LOOKUP).evaluate(Formula.parse("f", formula), "R", p(period));
    }

    private static Period p(String text) {
        return Period.parse(text).orElseThrow();
    }

    private static Map<String, Double> data(String text) {
        Map<String, Double> data = new HashMap<>();
        for (String cell : text.split("[|\\n]")) {
            String[] parts = cell.trim().split(" ");
            if (parts.length == 3) {
                data.put(parts[0] + " " + parts[1], Double.parseDouble(parts[2]));
            }
        }
        return data;
    }
}
