package org.stocktake.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stocktake.shared.Period;

/** Reading an indicator file with its optional formula, aggregation and series-break columns. */
class IndicatorFileTest {

    private static final String HEADER = "code,name_zh,name_en,unit,polarity,description,formula,aggregation,weight,"
            + "break_period,break_note_zh,break_note_en\n";

    @Test
    void theOldSixColumnFileStillReads() throws IOException {
        IndicatorFile file = IndicatorFile.read(
                new StringReader("code,name_zh,name_en,unit,polarity,description\ngdp,地区生产总值,GDP,亿元,higher,\n"));
        assertThat(file.indicators()).extracting(Indicator::code).containsExactly("gdp");
        assertThat(file.derivations()).isEmpty();
        assertThat(file.breaks()).isEmpty();
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void aFormulaColumnAloneIsRead() throws IOException {
        IndicatorFile file = IndicatorFile.read(
                new StringReader(
                        "code,name_zh,name_en,unit,polarity,description,formula\ntd,依存度,Dependency,%,higher,,trade / gdp * 100\n"));
        assertThat(file.derivations())
                .containsExactly(new Derivation("td", "trade / gdp * 100", Aggregation.NOT_AGGREGABLE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # row (after the header)                               | problem (where: en)
            gdp,地区生产总值,GDP,亿元,higher,,,mean,,,,             | 行 2 aggregation: aggregation 'mean' is wrong: use sum, ratio_of_sums, weighted_mean (with a weight) or not_aggregable
            ur,城镇化率,Urbanisation,%,higher,,,weighted_mean,,,,   | 行 2 aggregation: aggregation 'weighted_mean' is wrong: use sum, ratio_of_sums, weighted_mean (with a weight) or not_aggregable
            gdp,地区生产总值,GDP,亿元,higher,,,sum,pop,,,           | 行 2 aggregation: aggregation 'sum' (weight pop) is wrong: use sum, ratio_of_sums, weighted_mean (with a weight) or not_aggregable
            fc,森林覆盖率,Forest,%,higher,,,,,2024年,新口径,new     | 行 2 break_period: bad period 2024年
            fc,森林覆盖率,Forest,%,higher,,,,,2024,,new             | 行 2 break_note_zh: a series break needs a Chinese note
            """)
    void namesTheRowAndColumnOfEachProblem(String row, String problem) throws IOException {
        IndicatorFile file = IndicatorFile.read(new StringReader(HEADER + row + "\n"));
        assertThat(file.problems()).extracting(p -> p.where() + ": " + p.en()).containsExactly(problem);
    }

    @Test
    void theHunanFileDefinesFormulasRulesAndTheForestBreak() throws IOException {
        try (Reader r = new InputStreamReader(
                getClass().getResourceAsStream("/hunan/indicators.csv"), StandardCharsets.UTF_8)) {
            IndicatorFile file = IndicatorFile.read(r);
            assertThat(file.problems()).isEmpty();
            assertThat(file.derivations()).hasSameSizeAs(file.indicators());
            assertThat(file.derivations())
                    .filteredOn(Derivation::derived)
                    .extracting(Derivation::indicator)
                    .containsExactlyInAnyOrder(
                            "rd_expenditure_growth",
                            "rd_intensity",
                            "invention_patents_per_10k_effective",
                            "trade_growth",
                            "trade_dependency",
                            "gdp_per_capita");
            assertThat(file.breaks()).singleElement().satisfies(b -> {
                assertThat(b.indicator()).isEqualTo("forest_coverage");
                assertThat(b.from()).isEqualTo(Period.ofYear(2024));
            });
        }
    }
}
