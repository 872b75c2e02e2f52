package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one least-squares rule, worked by hand: slope, the line's value at a year, and the prediction band. */
class TrendTest {

    private static List<Point> points(double... yearValue) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < yearValue.length; i += 2) {
            points.add(new Point((int) yearValue[i], yearValue[i + 1]));
        }
        return points;
    }

    /** points, expected slope, a year, the line's value there, residual SD (NaN with two points). */
    static Stream<Arguments> lines() {
        return Stream.of(
                // mean year 2021.5, mean 2.5; Sxy = 4, Sxx = 5: slope 0.8; 2.5 + 0.8 × 3.5 = 5.3;
                // residuals −0.3, 0.9, −0.9, 0.3: SSE 1.8, SD √(1.8/2)
                Arguments.of(
                        "scattered rise", points(2020, 1, 2021, 3, 2022, 2, 2023, 4), 0.8, 2025, 5.3, Math.sqrt(0.9)),
                // exactly on the line 10 + 2(y − 2020): no residuals
                Arguments.of("a perfect line", points(2020, 10, 2021, 12, 2022, 14), 2.0, 2025, 20.0, 0.0),
                // two points: the line through them, no residual SD
                Arguments.of("two points with a gap year", points(2020, 5, 2022, 9), 2.0, 2021, 7.0, Double.NaN),
                // mean 2020.5, 91.25; Sxy = 8.75×(−1.5) + (−1.25)(−0.5) + 3.75×0.5 + (−11.25)×1.5 = −27.5; slope −5.5;
                // at 2025: 91.25 − 5.5 × 4.5 = 66.5; fitted 99.5, 94, 88.5, 83: residuals 0.5, −4, 6.5, −3: SSE 0.25 +
                // 16 + 42.25 + 9 = 67.5
                Arguments.of(
                        "a fall",
                        points(2019, 100, 2020, 90, 2021, 95, 2022, 80),
                        -5.5,
                        2025,
                        66.5,
                        Math.sqrt(67.5 / 2)),
                // a flat series: slope 0, the mean everywhere
                Arguments.of("flat", points(2018, 7, 2019, 7, 2020, 7), 0.0, 2030, 7.0, 0.0),
                // order of the points does not matter
                Arguments.of(
                        "points out of order",
                        points(2023, 4, 2021, 3, 2020, 1, 2022, 2),
                        0.8,
                        2025,
                        5.3,
                        Math.sqrt(0.9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void theLeastSquaresLineFollowsTheHandWorkedTable(
            String name, List<Point> points, double slope, int year, double value, double residualSd) {
        Trend trend = Trend.linear(points).orElseThrow();

        assertThat(trend.slope()).as("slope").isCloseTo(slope, within(1e-9));
        assertThat(trend.at(year)).as("value at " + year).isCloseTo(value, within(1e-9));
        assertThat(Trend.project(points, year).getAsDouble()).isCloseTo(value, within(1e-9));
        if (Double.isNaN(residualSd)) {
            assertThat(trend.residualSd()).isNaN();
        } else {
            assertThat(trend.residualSd()).as("residual SD").isCloseTo(residualSd, within(1e-9));
        }
    }

    @Test
    void noLineWithoutTwoDistinctYears() {
        assertThat(Trend.linear(List.of())).isEmpty();
        assertThat(Trend.linear(points(2020, 1))).isEmpty();
        assertThat(Trend.linear(points(2020, 1, 2020, 3))).isEmpty();
        assertThat(Trend.project(points(2020, 1), 2025)).isEmpty();
    }

    @Test
    void theBandIsStudentsTWideningAwayFromTheData() {
        Trend trend = Trend.linear(points(2020, 1, 2021, 3, 2022, 2, 2023, 4)).orElseThrow();
        // t(2 df) = 4.303; at 2025: √(1 + 1/4 + (2025 − 2021.5)²/5) = √3.7
        assertThat(trend.halfBand(2025)).isCloseTo(4.303 * Math.sqrt(0.9) * Math.sqrt(3.7), within(1e-9));
        // at the mean year: √(1 + 1/4)
        assertThat(trend.halfBand(2021.5)).isCloseTo(4.303 * Math.sqrt(0.9) * Math.sqrt(1.25), within(1e-9));
        assertThat(trend.halfBand(2025)).isGreaterThan(trend.halfBand(2023));
        assertThat(Trend.linear(points(2020, 5, 2022, 9)).orElseThrow().halfBand(2022))
                .as("two points: no band")
                .isNaN();
    }

    @Test
    void theBandUsesTheTableUpToTwelvePointsAnd196From13() {
        assertThat(quantile(12)).isCloseTo(2.228, within(1e-9));
        assertThat(quantile(13)).isCloseTo(1.96, within(1e-9));
        assertThat(quantile(3)).isCloseTo(12.706, within(1e-9));
    }

    /** The t quantile the band used: its half width over SD × √(1 + 1/n + (x − x̄)²/Sxx). */
    private static double quantile(int n) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new Point(2000 + i, i + (i % 2 == 0 ? 1 : -1)));
        }
        Trend trend = Trend.linear(points).orElseThrow();
        double year = 2000 + n + 2;
        return trend.halfBand(year)
                / trend.residualSd()
                / Math.sqrt(1 + 1.0 / n + Math.pow(year - trend.meanYear(), 2) / trend.sxx());
    }

    @Test
    void constantGrowthIsALogLinearFit() {
        // 100, 110, 121: 10% a year exactly; 2024 is 100 × 1.1⁴ = 146.41
        assertThat(Trend.projectGrowth(points(2020, 100, 2021, 110, 2022, 121), 2024)
                        .getAsDouble())
                .isCloseTo(146.41, within(1e-9));
        assertThat(Trend.projectGrowth(points(2020, 100, 2021, 0, 2022, 121), 2024))
                .as("not all positive")
                .isEmpty();
    }
}
