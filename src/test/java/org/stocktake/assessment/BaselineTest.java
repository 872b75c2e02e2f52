package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one baseline rule: the stated year or the year before the plan starts; the value observed then, or the stated one, or a derived one. */
class BaselineTest {

    /** Observed values of a series: 2019 → 50, 2020 → 58.76, 2022 → 61. */
    private static final Map<Integer, Double> OBSERVED = Map.of(2019, 50.0, 2020, 58.76, 2022, 61.0);

    private static Optional<Double> observed(int year) {
        return Optional.ofNullable(OBSERVED.get(year));
    }

    @ParameterizedTest(name = "stated {0}/{1}, plan from {2}: {3}, {4}")
    @CsvSource(
            nullValues = "none",
            value = {
                // nothing stated: the year before the plan, the value observed then
                "none, none, 2021, 2020, 58.76",
                // a stated year without a value: the value observed in that year
                "2019, none, 2021, 2019, 50",
                // the observation in the baseline year wins over a stated value
                "2020, 60, 2021, 2020, 58.76",
                "none, 55.5, 2021, 2020, 58.76",
                // a stated value where nothing is observed in the baseline year
                "2021, 60, 2021, 2021, 60",
                "none, 55.5, 2022, 2021, 55.5",
                // nothing observed in the baseline year and nothing stated: no value
                "none, none, 2022, 2021, none",
                "2018, none, 2021, 2018, none",
                // a plan starting in 2026 is measured from 2025
                "none, 1, 2026, 2025, 1"
            })
    void followsTheHandWorkedTable(Integer statedYear, Double statedValue, int planStart, int year, Double value) {
        Baseline baseline = Baseline.of(statedYear, statedValue, planStart);

        assertThat(baseline.year()).isEqualTo(year);
        assertThat(baseline.stated()).isEqualTo(statedValue);
        assertThat(baseline.value(BaselineTest::observed)).isEqualTo(Optional.ofNullable(value));
    }

    /** Observed, then stated, then derived: each is used only when the ones before it are missing. */
    @ParameterizedTest(name = "observed {0}, stated {1}, derived {2}: {3} ({4})")
    @CsvSource(
            nullValues = "none",
            value = {
                "58.76, 60, 58.7, 58.76, OBSERVED",
                "none, 60, 58.7, 60, STATED",
                "none, none, 58.7, 58.7, DERIVED",
                "58.76, none, 58.7, 58.76, OBSERVED",
                "none, none, none, none, none"
            })
    void observedThenStatedThenDerived(
            Double observed, Double stated, Double derived, Double value, Baseline.Source source) {
        Baseline baseline = Baseline.of(2020, stated, 2021);

        Optional<Baseline.Choice> choice =
                baseline.choose(year -> Optional.ofNullable(observed), year -> Optional.ofNullable(derived));

        assertThat(choice.map(Baseline.Choice::value)).isEqualTo(Optional.ofNullable(value));
        assertThat(choice.map(Baseline.Choice::source)).isEqualTo(Optional.ofNullable(source));
    }
}
