package org.stocktake.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Period;

/** Splitting a series at its breaks into comparable segments. */
class SeriesSegmentsTest {

    @ParameterizedTest(name = "breaks [{0}] over [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            # breaks    | periods with a value (- none)         | segments (/ between, - empty)        | latest
            ''          | 2020 2021 2022                        | 2020 2021 2022                       | 2020 2021 2022
            # forest coverage: new caliber from 2024, no value for 2023
            2024        | 2020 2021 2022 2024                   | 2020 2021 2022 / 2024                | 2024
            # a yearly break applies to the quarters and months of its year
            2024        | 2023Q3 2023Q4 2024Q1 2024Q2           | 2023Q3 2023Q4 / 2024Q1 2024Q2        | 2024Q1 2024Q2
            2024        | 2023-12 2024-01                       | 2023-12 / 2024-01                    | 2024-01
            # a quarterly break starts with the first month of that quarter
            2024Q3      | 2024-05 2024-06 2024-07 2024-08       | 2024-05 2024-06 / 2024-07 2024-08    | 2024-07 2024-08
            2019 2022   | 2018 2019 2020 2021 2022 2023         | 2018 / 2019 2020 2021 / 2022 2023    | 2022 2023
            # a break with no value after it yet: the latest value is still on the old caliber
            2024        | 2020 2021                             | 2020 2021 / -                        | 2020 2021
            # breaks are ordered by time whatever order they come in
            2022 2019   | 2018 2020 2023                        | 2018 / 2020 / 2023                   | 2023
            2024        | -                                     | - / -                                | none
            """)
    void splits(String breaks, String periods, String segments, String latest) {
        SeriesSegments split = SeriesSegments.split("x", series(periods), breaks(breaks));
        assertThat(split.segments().stream()
                        .map(s -> join(s.values().keySet().stream()
                                .map(Period::toString)
                                .toList()))
                        .collect(Collectors.joining(" / ")))
                .isEqualTo(segments);
        assertThat(split.latest()
                        .map(s -> join(s.values().keySet().stream()
                                .map(Period::toString)
                                .toList()))
                        .orElse("none"))
                .isEqualTo(latest);
    }

    @Test
    void forestCoverageIsComparableOnlyWithinItsCaliber() {
        SeriesBreak caliber = new SeriesBreak(
                "forest_coverage",
                Period.ofYear(2024),
                new LocalizedText("与第三次全国国土调查成果对接", "aligned with the Third National Land Survey"));
        // forest coverage, % (indicators-province.csv): 59.96, 59.97, 59.98 on the old caliber, 54.11 on the new
        Map<Period, Double> values = new LinkedHashMap<>();
        values.put(Period.ofYear(2020), 59.96);
        values.put(Period.ofYear(2021), 59.97);
        values.put(Period.ofYear(2022), 59.98);
        values.put(Period.ofYear(2024), 54.11);
        SeriesBreak other = new SeriesBreak("gdp", Period.ofYear(2021), new LocalizedText("另一指标", "another indicator"));
        SeriesSegments split = SeriesSegments.split("forest_coverage", values, List.of(caliber, other));

        assertThat(split.segments()).hasSize(2);
        assertThat(split.latest().orElseThrow().openingBreak()).contains(caliber);
        assertThat(split.latest().orElseThrow().values()).containsOnlyKeys(Period.ofYear(2024));
        assertThat(split.segments().get(0).openingBreak()).isEmpty();
        assertThat(split.comparable(Period.ofYear(2020), Period.ofYear(2022))).isTrue();
        assertThat(split.comparable(Period.ofYear(2022), Period.ofYear(2024))).isFalse();
        assertThat(split.breaksBetween(Period.ofYear(2024), Period.ofYear(2020)))
                .containsExactly(caliber);
        assertThat(split.breaksBetween(Period.ofYear(2020), Period.ofYear(2021)))
                .isEmpty();
    }

    private static Map<Period, Double> series(String periods) {
        Map<Period, Double> series = new LinkedHashMap<>();
        Arrays.stream(periods.split(" "))
                .filter(s -> !s.isBlank() && !s.equals("-"))
                .forEach(p -> series.put(Period.parse(p).orElseThrow(), 1.0));
        return series;
    }

    private static List<SeriesBreak> breaks(String periods) {
        return Arrays.stream(periods.split(" "))
                .filter(s -> !s.isBlank())
                .map(p -> new SeriesBreak("x", Period.parse(p).orElseThrow(), new LocalizedText("口径调整", "break")))
                .toList();
    }

    private static String join(List<String> periods) {
        return periods.isEmpty() ? "-" : String.join(" ", periods);
    }
}
