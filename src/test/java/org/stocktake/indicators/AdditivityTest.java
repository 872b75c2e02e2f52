package org.stocktake.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one additivity rule: an indicator's regional values add up to a group's or a parent's value
 * only when its aggregation rule is a plain sum, whatever its unit.
 */
class AdditivityTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "sum, none, true",
                "ratio_of_sums, none, false",
                "weighted_mean, resident_population, false",
                "not_aggregable, none, false",
                "'', none, false"
            })
    void onlyASumAddsUp(String rule, String weight, boolean addsUp) {
        assertThat(Aggregation.of(rule, weight).orElseThrow().addsUp()).isEqualTo(addsUp);
    }

    /** The shipped definitions, by hand from indicators.csv's aggregation column. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "gdp, true", // 亿元, sum
        "resident_population, true", // 万人, sum
        "grain_functional_area, true", // 万亩, sum
        "major_pollutant_emissions, true", // 万吨, sum
        "invention_patents_effective, true", // 件, a stock of patents: sum (a unit list missed it)
        "gdp_per_capita, false", // 元, ratio of sums
        "urbanisation_rate, false", // %, weighted by population
        "gdp_real_growth, false", // %, not aggregable
        "business_environment_rank, false"
    }) // 位, not aggregable
    void theShippedIndicatorsAddUpByTheirAggregationColumn(String code, boolean addsUp) throws Exception {
        try (Reader r = new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/hunan/indicators.csv")),
                StandardCharsets.UTF_8)) {
            IndicatorFile file = IndicatorFile.read(r);
            Derivation d = file.derivations().stream()
                    .filter(x -> x.indicator().equals(code))
                    .findFirst()
                    .orElseThrow();
            assertThat(d.aggregation().addsUp()).isEqualTo(addsUp);
        }
    }

    @Test
    void aRawIndicatorWithoutARuleDoesNotAddUp() {
        assertThat(new Derivation("x", null, null).aggregation().addsUp()).isFalse();
    }
}
