package org.stocktake.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stocktake.observations.Observation;

/**
 * The prefecture section shows each prefecture's own latest value: a new year for one prefecture
 * changes that prefecture alone (it used to pick one year for all, so one early value could decide
 * which prefectures the section showed).
 */
class PrefectureLatestTest {

    private static Observation gdp(String region, String year, String value) {
        return new Observation("gdp", region, year, new BigDecimal(value), "亿元", "test");
    }

    @Test
    void eachPrefectureKeepsItsLatestYear() {
        var latest = ReportService.latestByRegion(List.of(
                gdp("430100", "2023", "14331.98"),
                gdp("430100", "2024", "15268.78"),
                gdp("430100", "2025", "16000"),
                gdp("430200", "2024", "3902.4"),
                gdp("430300", "2023", "2957"),
                gdp("430200", "2023", "3667.9")));
        assertThat(latest)
                .containsOnlyKeys("430100", "430200", "430300")
                .containsEntry("430100", new EvaluationReport.Latest("2025", 16000))
                .containsEntry("430200", new EvaluationReport.Latest("2024", 3902.4))
                .containsEntry("430300", new EvaluationReport.Latest("2023", 2957));
    }

    @Test
    void noValuesNoPrefectures() {
        assertThat(ReportService.latestByRegion(List.of())).isEmpty();
    }
}
