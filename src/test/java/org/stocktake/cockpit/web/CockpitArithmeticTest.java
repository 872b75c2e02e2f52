package org.stocktake.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stocktake.regions.RegionGroup;
import org.stocktake.shared.LocalizedText;

/**
 * The small sums behind the cockpit, worked by hand: 序时进度, trajectories, breaks, group totals (the
 * projection's least squares is tested in {@code assessment.TrendTest}, its one home).
 */
class CockpitArithmeticTest {

    @ParameterizedTest(name = "{2}: {3}%")
    @CsvSource({
        "2021, 2025, 2021-01-01, 0",
        "2021, 2025, 2023-07-02, 50", // 912 of 1826 days
        "2021, 2025, 2026-11-26, 100",
        "2021, 2025, 2019-05-01, 0",
        "2021, 2035, 2028-07-02, 50"
    })
    void schedulePercentIsTheShareOfThePlanPeriodElapsed(int start, int end, String today, int percent) {
        assertThat(CockpitReadModel.schedulePercent(start, end, LocalDate.parse(today)))
                .isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "level, 2020, 20, 2025, 30, 2023, 26.0", // 20 + 10 × 3/5
        "annual_growth, 2020, 100, 2025, 10, 2022, 121.0", // 100 × 1.1²
        "annual_increment, 2020, 58.76, 2025, 1, 2023, 61.76",
        "maintain, 2020, 59.96, 2025, 59, 2021, 59.0",
        "level, 2020, 20, 2025, 30, 2026, ''", // past the target year
        "level, 2020, 20, 2025, 30, 2019, ''"
    }) // before the baseline
    void trajectoriesFollowTheTargetKind(
            String kind, int baseYear, double baseValue, int targetYear, double value, int year, String expected) {
        IndicatorSeries.Target t =
                new IndicatorSeries.Target("t", kind, value, "%", targetYear, baseYear, baseValue, null);
        Double at = Trajectories.at(t, year);
        if (expected.isEmpty()) {
            assertThat(at).isNull();
        } else {
            assertThat(at).isCloseTo(Double.parseDouble(expected), within(1e-9));
        }
    }

    /** Whether the indicator adds up is its aggregation rule's call (indicators' AdditivityTest); here the sum. */
    @Test
    void aGroupAddsUpOnlyWhenTheIndicatorAddsUpAndEveryMemberHasAValue() {
        RegionGroup czt = new RegionGroup("G-CZT", new LocalizedText("长株潭", "CZT"), "area", List.of("a", "b", "c"));
        Map<String, Double> values = new HashMap<>(Map.of("a", 15268.78, "b", 3902.4, "c", 2957.06));
        assertThat(MapReadModel.group(czt, true, values, null).value()).isEqualTo(22128.24);
        assertThat(MapReadModel.group(czt, false, values, null).value()).isNull();
        assertThat(MapReadModel.group(czt, false, values, null).reason()).isEqualTo("not_additive");
        values.put("c", null);
        GroupValue incomplete = MapReadModel.group(czt, true, values, null);
        assertThat(incomplete.value()).isNull();
        assertThat(incomplete.reason()).isEqualTo("incomplete");
    }
}
