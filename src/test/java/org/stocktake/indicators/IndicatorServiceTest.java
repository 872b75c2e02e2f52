package org.stocktake.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.PlatformTest;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Period;

/** The Hunan formulas, aggregation rules and the forest-coverage break load with the data set and read back. */
class IndicatorServiceTest extends PlatformTest {

    @Autowired
    IndicatorService indicators;

    @Test
    void hunanFormulasAreLoaded() {
        assertThat(indicators.derivation("trade_dependency")).hasValueSatisfying(d -> {
            assertThat(d.formula()).isEqualTo("trade_total / gdp * 100");
            assertThat(d.aggregation()).isEqualTo(Aggregation.RATIO_OF_SUMS);
        });
        assertThat(indicators.derivation("rd_intensity").orElseThrow().formula())
                .isEqualTo("rd_expenditure / gdp * 100");
        assertThat(indicators
                        .derivation("invention_patents_per_10k_effective")
                        .orElseThrow()
                        .formula())
                .isEqualTo("invention_patents_effective / resident_population");
        assertThat(indicators.derivation("gdp").orElseThrow().aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(indicators.derivation("resident_population").orElseThrow().aggregation())
                .isEqualTo(Aggregation.SUM);
        assertThat(indicators.derivation("urbanisation_rate").orElseThrow().aggregation())
                .isEqualTo(new Aggregation.WeightedMean("resident_population"));
        assertThat(indicators.derivation("forest_coverage").orElseThrow().aggregation())
                .isEqualTo(Aggregation.NOT_AGGREGABLE);
        assertThat(indicators.formulas()).containsKeys("trade_dependency", "rd_intensity", "rd_expenditure_growth");
    }

    @Test
    void forestCoverageBreakIsLoaded() {
        List<SeriesBreak> breaks = indicators.breaks("forest_coverage");
        assertThat(breaks).singleElement().satisfies(b -> {
            assertThat(b.from()).isEqualTo(Period.ofYear(2024));
            assertThat(b.note().zh()).contains("第三次全国国土调查", "54.11");
            assertThat(b.note().en()).contains("Third National Land Survey", "not comparable");
        });
    }

    @Test
    void theStoredFormulasEvaluate() {
        // rd_expenditure 2022 = 1175.25, 2023 = 1283.94 (indicators-province.csv):
        // growth = (1283.94 / 1175.25 - 1) × 100 = 9.248 %, published 9.2 %.
        Map<String, Double> rd = Map.of("2022", 1175.25, "2023", 1283.94);
        Lookup lookup = (code, region, period) -> code.equals("rd_expenditure") && rd.containsKey(period.toString())
                ? OptionalDouble.of(rd.get(period.toString()))
                : OptionalDouble.empty();
        Evaluation growth =
                indicators.evaluator(lookup).indicator("rd_expenditure_growth", "430000", Period.ofYear(2023));
        assertThat(growth.asOptional().getAsDouble()).isCloseTo(9.248, within(0.001));
    }

    @Test
    void aCycleIsRefusedAndNothingIsStored() {
        // rd_intensity already uses rd_expenditure; making rd_expenditure use rd_intensity closes a loop.
        assertThatThrownBy(
                        () -> indicators.defineFormula("rd_expenditure", "rd_intensity * gdp / 100", Aggregation.SUM))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.report(Locale.ENGLISH))
                                .contains("formula cycle: rd_expenditure → rd_intensity → rd_expenditure"));
        assertThat(indicators.derivation("rd_expenditure").orElseThrow().formula())
                .isNull();
    }

    @Test
    void everyProblemOfADefinitionIsReported() {
        assertThatThrownBy(() -> indicators.defineFormula(
                        "trade_dependency", "trade_totl / gdpp * 100", Aggregation.RATIO_OF_SUMS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.en())
                                .containsExactly(
                                        "at character 1: unknown indicator 'trade_totl'",
                                        "at character 14: unknown indicator 'gdpp'"));
        assertThat(indicators.derivation("trade_dependency").orElseThrow().formula())
                .isEqualTo("trade_total / gdp * 100");
    }

    @Test
    @Transactional // rolled back: other tests share this database
    void aBreakIsRecordedAndListed() {
        indicators.recordBreak(new SeriesBreak(
                "gdp",
                Period.ofYear(2019),
                new LocalizedText("第四次全国经济普查后修订", "revised after the 4th economic census")));
        assertThat(indicators.breaks("gdp")).extracting(SeriesBreak::from).containsExactly(Period.ofYear(2019));
        assertThatThrownBy(() -> indicators.recordBreak(
                        new SeriesBreak("nope", Period.ofYear(2020), new LocalizedText("x", "x"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFileWithABadFormulaIsRefusedWhole() {
        String csv = """
                code,name_zh,name_en,unit,polarity,description,formula,aggregation,weight
                probe_x,探针,Probe,%,higher,,gdp / nope * 100,ratio_of_sums,
                """;
        assertThatThrownBy(() -> indicators.defineAll("probe.csv", new java.io.StringReader(csv)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.report(Locale.ENGLISH))
                                .isEqualTo("probe.csv: 行 2 probe_x: at character 7: unknown indicator 'nope'"));
        assertThat(indicators.find("probe_x")).isEmpty();
    }
}
