package org.stocktake.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stocktake.shared.Problem;

/** Cycle detection and the checks made before a formula or aggregation rule is stored. */
class DerivationCheckTest {

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a = b ; b = a                     | a → b → a
            a = a + 1                         | a → a
            # through prev too: a formula may not use itself at all
            a = prev(a)                       | a → a
            a = b ; b = c ; c = a             | a → b → c → a
            # written from the smallest code, whatever the order of definition
            c = a ; b = c ; a = b             | a → b → c → a
            a = b ; b = a ; c = d ; d = c     | a → b → a ; c → d → c
            a = b + c ; b = c ; c = 1         | ''
            # a code without a formula ends the chain
            x = y ; y = z                     | ''
            """)
    void findsCycles(String definitions, String expected) {
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        for (String definition : definitions.split(";")) {
            String[] parts = definition.split("=", 2);
            uses.put(parts[0].trim(), Formula.parse("f", parts[1]).references());
        }
        List<String> cycles =
                FormulaCycles.find(uses).stream().map(FormulaCycles::describe).toList();
        assertThat(cycles)
                .containsExactlyElementsOf(
                        expected.isEmpty()
                                ? List.of()
                                : Arrays.stream(expected.split(";"))
                                        .map(String::trim)
                                        .toList());
    }

    /** Indicators of the check below: amounts aggregate by sum, rates are derived. Synthetic. */
    static final Map<String, Derivation> EXISTING = Map.of(
            "gdp", Derivation.raw("gdp", Aggregation.SUM),
            "trade", Derivation.raw("trade", Aggregation.SUM),
            "pop", Derivation.raw("pop", Aggregation.SUM),
            "urban", Derivation.raw("urban", new Aggregation.WeightedMean("pop")),
            "rank", Derivation.raw("rank", Aggregation.NOT_AGGREGABLE),
            "td", new Derivation("td", "trade / gdp * 100", Aggregation.RATIO_OF_SUMS),
            "td2", new Derivation("td2", "td * 2", Aggregation.NOT_AGGREGABLE));

    @ParameterizedTest(name = "{0} = {1} ({2} {3})")
    @CsvSource(delimiter = '|', textBlock = """
            # accepted
            td   | trade / gdp × 100  | ratio_of_sums  |       | ''
            td   | round(growth(trade) - growth(gdp), 1) | ratio_of_sums | | ''
            urban|                    | weighted_mean  | gdp   | ''
            # every problem at once: syntax is reported with where and position
            td   | trade / (gdp       | ratio_of_sums  |       | td: at character 13: expected ')' to close the '(' at character 9, but the formula ends
            td   | trad / gdpp * 100  | ratio_of_sums  |       | td: at character 1: unknown indicator 'trad' ; td: at character 8: unknown indicator 'gdpp'
            nope | gdp                | not_aggregable |       | nope: unknown indicator 'nope'
            # a ratio of sums needs a formula, and inputs that add up over regions
            gdp  |                    | ratio_of_sums  |       | gdp: aggregation ratio_of_sums needs a formula
            td   | urban * rank       | ratio_of_sums  |       | td: ratio_of_sums adds up urban over the children, but it aggregates by weighted_mean ; td: ratio_of_sums adds up rank over the children, but it aggregates by not_aggregable
            urban|                    | weighted_mean  | popp  | urban: weight indicator 'popp' does not exist
            urban|                    | weighted_mean  | urban | urban: an indicator cannot be its own weight
            # a cycle through a stored formula: td2 uses td, so td may not use td2
            td   | td2 / 2            | not_aggregable |       | td: formula cycle: td → td2 → td
            """)
    void checks(String code, String formula, String rule, String weight, String expected) {
        Derivation proposed =
                new Derivation(code, formula, Aggregation.of(rule, weight).orElseThrow());
        List<Problem> problems = new DerivationCheck(
                        Set.of("gdp", "trade", "pop", "urban", "rank", "td", "td2"), new HashMap<>(EXISTING), c -> c)
                .check(List.of(proposed));
        assertThat(problems)
                .extracting(p -> p.where() + ": " + p.en())
                .containsExactlyElementsOf(
                        expected.isEmpty()
                                ? List.of()
                                : Arrays.stream(expected.split(" ; "))
                                        .map(String::trim)
                                        .toList());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sum            |       | sum
            SUM            |       | sum
            ''             |       | not_aggregable
            not_aggregable |       | not_aggregable
            ratio_of_sums  |       | ratio_of_sums
            weighted_mean  | pop   | weighted_mean pop
            weighted_mean  |       | refused
            sum            | pop   | refused
            mean           |       | refused
            """)
    void readsAggregationRules(String code, String weight, String expected) {
        String actual = Aggregation.of(code, weight)
                .map(a -> a.code() + (a.weightIndicator() == null ? "" : " " + a.weightIndicator()))
                .orElse("refused");
        assertThat(actual).isEqualTo(expected);
    }
}
