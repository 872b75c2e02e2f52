package org.stocktake.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluation report's prefecture ranking follows the indicator's polarity (it used to rank every
 * indicator as if higher were better) and shares ties at the lowest position.
 */
class EvaluationReportRankingTest {

    private static EvaluationReport.PrefectureFigures figures(boolean higherIsBetter) {
        Map<String, EvaluationReport.Latest> values = new LinkedHashMap<>();
        values.put("430100", new EvaluationReport.Latest("2024", 3.0));
        values.put("430200", new EvaluationReport.Latest("2024", 1.0));
        values.put("430300", new EvaluationReport.Latest("2023", 3.0));
        values.put("430400", new EvaluationReport.Latest("2024", 2.0));
        Map<String, String> names =
                Map.of("430100", "长沙市", "430200", "株洲市", "430300", "湘潭市", "430400", "衡阳市", "430500", "邵阳市");
        return new EvaluationReport.PrefectureFigures("能耗", "吨/万元", values, names, higherIsBetter);
    }

    @Test
    void lowerIsBetterRanksTheSmallestFirst() {
        assertThat(EvaluationReport.ranking(figures(false)))
                .containsExactly(
                        new EvaluationReport.Ranked(1, "株洲市", 1.0, "2024"),
                        new EvaluationReport.Ranked(2, "衡阳市", 2.0, "2024"),
                        new EvaluationReport.Ranked(3, "长沙市", 3.0, "2024"),
                        new EvaluationReport.Ranked(3, "湘潭市", 3.0, "2023"),
                        new EvaluationReport.Ranked(null, "邵阳市", null, null));
    }

    @Test
    void higherIsBetterRanksTheLargestFirstAndTiesShareTheBestPlace() {
        assertThat(EvaluationReport.ranking(figures(true)))
                .containsExactly(
                        new EvaluationReport.Ranked(1, "长沙市", 3.0, "2024"),
                        new EvaluationReport.Ranked(1, "湘潭市", 3.0, "2023"),
                        new EvaluationReport.Ranked(3, "衡阳市", 2.0, "2024"),
                        new EvaluationReport.Ranked(4, "株洲市", 1.0, "2024"),
                        new EvaluationReport.Ranked(null, "邵阳市", null, null));
    }
}
