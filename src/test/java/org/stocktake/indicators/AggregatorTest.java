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

/** Values of a group from its children, by each aggregation rule, with coverage. Synthetic numbers. */
class AggregatorTest {

    /** child indicator period value; C lacks trade, urbanisation and rd 2020. */
    static final Map<String, Double> DATA = new HashMap<>();

    static {
        for (String row : """
                A gdp 2021 100 | A trade 2021 10 | A pop 2021 10 | A urban 2021 40 | A rd 2020 100 | A rd 2021 110 | A w 2021 0
                B gdp 2021 300 | B trade 2021 90 | B pop 2021 30 | B urban 2021 60 | B rd 2020 300 | B rd 2021 390 | B w 2021 0
                C gdp 2021 600 | C pop 2021 60 | C rd 2021 500
                """.split("[|\\n]")) {
            String[] p = row.trim().split(" ");
            if (p.length == 4) {
                DATA.put(p[0] + " " + p[1] + " " + p[2], Double.parseDouble(p[3]));
            }
        }
    }

    static final Lookup LOOKUP = (code, region, period) -> {
        Double v = DATA.get(region + " " + code + " " + period);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    };

    @ParameterizedTest(name = "{0} {1} {2} over {4} (coverage ≥ {5}) = {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule         | indicator | formula           | weight | children | min  | value   | covered | missing
            # Σgdp = 100 + 300 = 400; with C 1000
            sum            | gdp       | ''                | ''     | A;B      | 1    | 400     | A;B     | ''
            sum            | gdp       | ''                | ''     | A;B;C    | 1    | 1000    | A;B;C   | ''
            # Σtrade / Σgdp × 100 = 100 / 400 × 100 = 25 (the mean of the ratios 10 and 30 would be 20)
            ratio_of_sums  | td        | trade / gdp * 100 | ''     | A;B      | 1    | 25      | A;B     | ''
            # C has no trade: left out of both sums, so still 100 / 400 (not 100 / 1000 = 10)
            ratio_of_sums  | td        | trade / gdp * 100 | ''     | A;B;C    | 0.6  | 25      | A;B     | C
            ratio_of_sums  | td        | trade / gdp * 100 | ''     | A;B;C    | 1    | missing | A;B     | C
            # growth of the sum: (110 + 390) / (100 + 300) = 1.25 → 25 % (the mean of 10 % and 30 % would be 20 %)
            ratio_of_sums  | rdg       | growth(rd)        | ''     | A;B      | 1    | 25      | A;B     | ''
            # C lacks rd 2020, so it is left out of both years
            ratio_of_sums  | rdg       | growth(rd)        | ''     | A;B;C    | 0.6  | 25      | A;B     | C
            # (40 × 10 + 60 × 30) / (10 + 30) = 2200 / 40 = 55 (the plain mean would be 50)
            weighted_mean  | urban     | ''                | pop    | A;B      | 1    | 55      | A;B     | ''
            weighted_mean  | urban     | ''                | pop    | A;B;C    | 0.5  | 55      | A;B     | C
            weighted_mean  | urban     | ''                | w      | A;B      | 1    | missing | A;B     | ''
            not_aggregable | rank      | ''                | ''     | A;B      | 1    | missing | ''      | A;B
            sum            | gdp       | ''                | ''     | ''       | 1    | missing | ''      | ''
            """)
    void aggregates(
            String rule,
            String code,
            String formula,
            String weight,
            String children,
            double minimum,
            String value,
            String covered,
            String missing) {
        Derivation derivation =
                new Derivation(code, formula, Aggregation.of(rule, weight).orElseThrow());
        Aggregate result =
                new Aggregator(LOOKUP, minimum).aggregate(derivation, "G", list(children), Period.ofYear(2021));
        if (value.equals("missing")) {
            assertThat(result.value()).isInstanceOf(Evaluation.Missing.class);
        } else {
            assertThat(result.value().asOptional().getAsDouble()).isCloseTo(Double.parseDouble(value), within(1e-9));
        }
        assertThat(result.covered()).isEqualTo(list(covered));
        assertThat(result.missing()).isEqualTo(list(missing));
    }

    @Test
    void ratioOfSumsIsNotTheMeanOfRatios() {
        Derivation td = new Derivation("td", "trade / gdp * 100", Aggregation.RATIO_OF_SUMS);
        Aggregate group = Aggregator.complete(LOOKUP).aggregate(td, "G", List.of("A", "B"), Period.ofYear(2021));
        FormulaEvaluator each = new FormulaEvaluator(LOOKUP);
        double meanOfRatios = List.of("A", "B").stream()
                .mapToDouble(r -> each.evaluate(td.parsed().orElseThrow(), r, Period.ofYear(2021))
                        .asOptional()
                        .getAsDouble())
                .average()
                .orElseThrow();
        assertThat(meanOfRatios).isCloseTo(20, within(1e-9)); // (10 + 30) / 2
        assertThat(group.value().asOptional().getAsDouble()).isCloseTo(25, within(1e-9)); // 100 / 400 × 100
        assertThat(group.coverage()).isEqualTo(1.0);
        assertThat(group.complete()).isTrue();
    }

    @Test
    void aShortfallSaysWhichChildrenAndInputsAreMissing() {
        Derivation td = new Derivation("td", "trade / gdp * 100", Aggregation.RATIO_OF_SUMS);
        Aggregate group = Aggregator.complete(LOOKUP).aggregate(td, "G", List.of("A", "B", "C"), Period.ofYear(2021));
        assertThat(group.coverage()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(group.value().reasons())
                .extracting(p -> p.where() + ": " + p.en())
                .containsExactly(
                        "trade C 2021: no value", "G 2021: 2 of 3 children have data, below the required 100%");
        assertThat(group.value().reasons().get(1).zh()).isEqualTo("下级有数据的 2/3，未达到要求的 100%");
    }

    @Test
    void reasonsForRulesThatGiveNoValue() {
        Aggregate rank = Aggregator.complete(LOOKUP)
                .aggregate(Derivation.raw("rank", Aggregation.NOT_AGGREGABLE), "G", List.of("A"), Period.ofYear(2021));
        assertThat(rank.value().reasons())
                .extracting(p -> p.en())
                .containsExactly("indicator rank cannot be aggregated from its children");
        Aggregate zero = Aggregator.complete(LOOKUP)
                .aggregate(
                        Derivation.raw("urban", new Aggregation.WeightedMean("w")),
                        "G",
                        List.of("A", "B"),
                        Period.ofYear(2021));
        assertThat(zero.value().reasons()).extracting(p -> p.en()).containsExactly("the weights w sum to zero");
    }

    @Test
    void aChildWithoutAPublishedValueGetsItFromTheFormula() {
        // tt = ex + im: A publishes ex 4 and im 6 (→ tt 10), B publishes tt 20 → Σ 30;
        // tt / gdp × 100 over A and B: 30 / 400 × 100 = 7.5
        Map<String, Double> data = new HashMap<>(DATA);
        data.put("A ex 2021", 4.0);
        data.put("A im 2021", 6.0);
        data.put("B tt 2021", 20.0);
        Lookup lookup = (code, region, period) -> {
            Double v = data.get(region + " " + code + " " + period);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        };
        Aggregator aggregator = new Aggregator(lookup, 1, Map.of("tt", Formula.parse("tt", "ex + im")));
        Period y2021 = Period.ofYear(2021);
        assertThat(aggregator
                        .aggregate(Derivation.raw("tt", Aggregation.SUM), "G", List.of("A", "B"), y2021)
                        .value()
                        .asOptional())
                .hasValue(30);
        assertThat(aggregator
                        .aggregate(
                                new Derivation("ttd", "tt / gdp * 100", Aggregation.RATIO_OF_SUMS),
                                "G",
                                List.of("A", "B"),
                                y2021)
                        .value()
                        .asOptional()
                        .getAsDouble())
                .isCloseTo(7.5, within(1e-9));
        // C has neither: the reasons name the raw inputs the formula needed
        assertThat(aggregator
                        .aggregate(Derivation.raw("tt", Aggregation.SUM), "G", List.of("A", "C"), y2021)
                        .value()
                        .reasons())
                .extracting(p -> p.where() + ": " + p.en())
                .containsExactly(
                        "ex C 2021: no value",
                        "im C 2021: no value",
                        "G 2021: 1 of 2 children have data, below the required 100%");
    }

    private static List<String> list(String codes) {
        return codes.isEmpty() ? List.of() : Arrays.asList(codes.split(";"));
    }
}
