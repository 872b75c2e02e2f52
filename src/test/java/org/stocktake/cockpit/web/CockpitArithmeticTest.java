package org.stocktake.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stocktake.observations.Observation;
import org.stocktake.indicators.Indicator;
import org.stocktake.regions.RegionGroup;
import org.stocktake.shared.LocalizedText;

/** The small sums behind the cockpit, worked by hand: 序时进度, trajectories, projection, breaks, group totals. */
class CockpitArithmeticTest {

    @ParameterizedTest(name = "{2}: {3}%")
    @CsvSource({
            "2021, 2025, 2021-01-01, 0",
            "2021, 2025, 2023-07-02, 50",   // 912 of 1826 days
            "2021, 2025, 2026-11-26, 100",
            "2021, 2025, 2019-05-01, 0",
            "2021, 2035, 2028-07-02, 50"})
    void schedulePercentIsTheShareOfThePlanPeriodElapsed(int start, int end, String today, int percent) {
        assertThat(CockpitReadModel.schedulePercent(start, end, LocalDate.parse(today))).isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "level, 2020, 20, 2025, 30, 2023, 26.0",          // 20 + 10 × 3/5
            "annual_growth, 2020, 100, 2025, 10, 2022, 121.0", // 100 × 1.1²
            "annual_increment, 2020, 58.76, 2025, 1, 2023, 61.76",
            "maintain, 2020, 59.96, 2025, 59, 2021, 59.0",
            "level, 2020, 20, 2025, 30, 2026, ''",            // past the target year
            "level, 2020, 20, 2025, 30, 2019, ''"})           // before the baseline
    void trajectoriesFollowTheTargetKind(String kind, int baseYear, double baseValue, int targetYear, double value,
            int year, String expected) {
        IndicatorSeries.Target t = new IndicatorSeries.Target("t", kind, value, "%", targetYear, baseYear, baseValue, null);
        Double at = Trajectories.at(t, year);
        if (expected.isEmpty()) {
            assertThat(at).isNull();
        } else {
            assertThat(at).isCloseTo(Double.parseDouble(expected), within(1e-9));
        }
    }

    @Test
    void projectionIsTheLeastSquaresLineWithABandThatWidensAwayFromTheData() {
        // points (0,1), (1,3), (2,2), (3,4): slope 0.8, intercept 1.3; residuals -0.3, 0.9, -0.9, 0.3; SSE 1.8
        Projection p = Projection.fit(List.of(new double[] {0, 1}, new double[] {1, 3}, new double[] {2, 2}, new double[] {3, 4}));
        assertThat(p.slope()).isCloseTo(0.8, within(1e-12));
        assertThat(p.intercept()).isCloseTo(1.3, within(1e-12));
        assertThat(p.residualSd()).isCloseTo(Math.sqrt(0.9), within(1e-12));
        // t(2 df) = 4.303; at x = 5: sqrt(1 + 1/4 + (5 − 1.5)²/5) = sqrt(3.7)
        assertThat(p.halfBand(5)).isCloseTo(4.303 * Math.sqrt(0.9) * Math.sqrt(3.7), within(1e-9));
        assertThat(p.halfBand(5)).isGreaterThan(p.halfBand(3));
        assertThat(Projection.fit(List.of(new double[] {0, 1}))).isNull();
        assertThat(Double.isNaN(Projection.fit(List.of(new double[] {0, 1}, new double[] {1, 2})).halfBand(2))).isTrue();
    }

    @Test
    void aGroupAddsUpOnlyWhenTheIndicatorAddsUpAndEveryMemberHasAValue() {
        RegionGroup czt = new RegionGroup("G-CZT", new LocalizedText("长株潭", "CZT"), "area", List.of("a", "b", "c"));
        Map<String, Double> values = new HashMap<>(Map.of("a", 15268.78, "b", 3902.4, "c", 2957.06));
        Indicator gdp = new Indicator("gdp", new LocalizedText("地区生产总值", "GDP"), "亿元", "higher", null);
        Indicator rate = new Indicator("urbanisation_rate", new LocalizedText("城镇化率", "rate"), "%", "higher", null);
        assertThat(MapReadModel.group(czt, gdp, values, null).value()).isEqualTo(22128.24);
        assertThat(MapReadModel.group(czt, rate, values, null).reason()).isEqualTo("not_additive");
        values.put("c", null);
        GroupValue incomplete = MapReadModel.group(czt, gdp, values, null);
        assertThat(incomplete.value()).isNull();
        assertThat(incomplete.reason()).isEqualTo("incomplete");
    }

    private static Observation obs(String period, String unit) {
        return new Observation("forest_coverage", "430000", period, BigDecimal.ONE, unit, "test");
    }
}
