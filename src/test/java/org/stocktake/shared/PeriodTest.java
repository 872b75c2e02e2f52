package org.stocktake.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one period type, tested by tables in the manner of ThreeTen-Extra's {@code YearQuarter} tests:
 * every text form read and written, invalid text refused in words, construction limits, ordering,
 * equality, first and last days, arithmetic and the 1900–2200 boundaries.
 */
class PeriodTest {

    private static Period p(String text) {
        return Period.parse(text).orElseThrow(() -> new AssertionError("not a period: " + text));
    }

    // ---------------------------------------------------------------- reading and writing

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2021,    2021, YEAR,    0",
        "1900,    1900, YEAR,    0",
        "2200,    2200, YEAR,    0",
        "2021Q1,  2021, QUARTER, 1",
        "2021Q2,  2021, QUARTER, 2",
        "2021Q3,  2021, QUARTER, 3",
        "2021Q4,  2021, QUARTER, 4",
        "1900Q1,  1900, QUARTER, 1",
        "2200Q4,  2200, QUARTER, 4",
        "2021-01, 2021, MONTH,   1",
        "2021-07, 2021, MONTH,   7",
        "2021-09, 2021, MONTH,   9",
        "2021-10, 2021, MONTH,   10",
        "2021-12, 2021, MONTH,   12",
        "1900-01, 1900, MONTH,   1",
        "2200-12, 2200, MONTH,   12"
    })
    void readsEveryFormAndWritesItBackUnchanged(String text, int year, Period.Kind kind, int number) {
        Period period = Period.parse(text).orElseThrow();

        assertThat(period.year()).isEqualTo(year);
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.number()).isEqualTo(number);
        assertThat(period).hasToString(text);
        assertThat(Period.parseExact(text)).contains(period);
        assertThat(Period.of(text)).isEqualTo(period);
        assertThat(new Period(year, kind, number)).isEqualTo(period);
    }

    @Test
    void everyQuarterAndMonthOfEveryYearRoundTrips() {
        int count = 0;
        for (int year = Period.MIN_YEAR; year <= Period.MAX_YEAR; year++) {
            List<Period> all = new ArrayList<>();
            all.add(Period.ofYear(year));
            for (int q = 1; q <= 4; q++) {
                all.add(Period.ofQuarter(year, q));
            }
            for (int m = 1; m <= 12; m++) {
                all.add(Period.ofMonth(year, m));
            }
            for (Period period : all) {
                assertThat(Period.parseExact(period.toString())).contains(period);
                count++;
            }
        }
        assertThat(count).isEqualTo(301 * 17);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {" 2021", "2021 ", "\t2021Q3\n", "  2021-07  "})
    void parseIgnoresSurroundingBlanksButParseExactDoesNot(String text) {
        assertThat(Period.parse(text)).contains(p(text.trim()));
        assertThat(Period.parseExact(text)).isEmpty();
    }

    @Test
    void monthsAreWrittenWithTwoDigits() {
        assertThat(Period.ofMonth(2021, 3)).hasToString("2021-03");
        assertThat(Period.ofQuarter(2021, 3)).hasToString("2021Q3");
        assertThat(Period.ofYear(2021)).hasToString("2021");
    }

    // ---------------------------------------------------------------- invalid text

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "21",
                "202",
                "20211",
                "02021",
                "2021Q0",
                "2021Q5",
                "2021q3",
                "2021-Q3",
                "Q3 2021",
                "2021-00",
                "2021-13",
                "2021-7",
                "2021-007",
                "2021/07",
                "2021.07",
                "2021M07",
                "202107",
                "2021H1",
                "2021-W05",
                "2021年",
                "２０２１",
                "-2021",
                "+2021",
                "2021.0",
                "2021Q3 x",
                "2021Q3Q4",
                "2021-07-01",
                "2015-16",
                "abcd"
            })
    void refusesTextThatIsNoPeriod(String text) {
        assertThat(Period.parse(text)).isEmpty();
        assertThat(Period.parseExact(text)).isEmpty();
        assertThat(Period.yearly(text)).isFalse();
        assertThatThrownBy(() -> Period.of(text)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            Problem problem = e.problems().get(0);
            assertThat(problem.where()).isEqualTo("period");
            assertThat(problem.en())
                    .isEqualTo("bad period '" + (text == null ? "" : text)
                            + "' (use a year 2021, a quarter 2021Q3 or a month 2021-07)");
            assertThat(problem.zh()).contains("期别格式不对").contains("2021Q3");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1899", "2201", "0000", "9999", "1899Q4", "2201Q1", "1899-12", "2201-01"})
    void refusesYearsOutside1900To2200InWordsWithoutThrowingFromParse(String text) {
        assertThat(Period.parse(text)).isEmpty();
        assertThatThrownBy(() -> Period.of(text)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems().get(0).en()).isEqualTo("period '" + text + "': the year is outside 1900–2200");
            assertThat(e.problems().get(0).message(Locale.CHINA))
                    .isEqualTo("period: 期别“" + text + "”的年份不在 1900—2200 年之间");
        });
    }

    static Stream<Arguments> badConstructions() {
        return Stream.of(
                Arguments.of(1899, Period.Kind.YEAR, 0, "year 1899 is outside 1900–2200"),
                Arguments.of(2201, Period.Kind.MONTH, 1, "year 2201 is outside 1900–2200"),
                Arguments.of(2021, Period.Kind.YEAR, 1, "a year has no number, not 1"),
                Arguments.of(2021, Period.Kind.QUARTER, 0, "quarter 0 is not 1–4"),
                Arguments.of(2021, Period.Kind.QUARTER, 5, "quarter 5 is not 1–4"),
                Arguments.of(2021, Period.Kind.MONTH, 0, "month 0 is not 1–12"),
                Arguments.of(2021, Period.Kind.MONTH, 13, "month 13 is not 1–12"),
                Arguments.of(2021, Period.Kind.MONTH, -1, "month -1 is not 1–12"),
                Arguments.of(2021, null, 0, "a period needs a kind: year, quarter or month"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("badConstructions")
    void constructionNamesWhatIsWrong(int year, Period.Kind kind, int number, String message) {
        assertThatThrownBy(() -> new Period(year, kind, number))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    // ---------------------------------------------------------------- ordering, equality

    @Test
    void periodsOrderByTimeAndKindBreaksATieOfMidpoints() {
        // midpoints: 2020-12 2020.958, 2021-01 2021.042, 2021Q1 = 2021-02 2021.125, 2021-03 2021.208,
        // 2021-04 2021.292, 2021Q2 = 2021-05 2021.375, 2021-06 2021.458, 2021 2021.5, 2021-07 2021.542,
        // 2021Q3 = 2021-08 2021.625, 2021Q4 = 2021-11 2021.875, 2022Q1 2022.125
        List<String> expected = List.of(
                "2020", "2020-12", "2021-01", "2021Q1", "2021-02", "2021-03", "2021-04", "2021Q2", "2021-05", "2021-06",
                "2021", "2021-07", "2021Q3", "2021-08", "2021Q4", "2021-11", "2022Q1");
        List<Period> shuffled =
                new ArrayList<>(expected.stream().map(PeriodTest::p).toList());
        Collections.shuffle(shuffled, new Random(7));
        Collections.sort(shuffled);

        assertThat(shuffled).extracting(Period::toString).containsExactlyElementsOf(expected);
    }

    @Test
    void compareToIsConsistentWithEqualsAndAntisymmetric() {
        List<Period> all = new ArrayList<>();
        for (int year = 2019; year <= 2022; year++) {
            all.add(Period.ofYear(year));
            for (int q = 1; q <= 4; q++) {
                all.add(Period.ofQuarter(year, q));
            }
            for (int m = 1; m <= 12; m++) {
                all.add(Period.ofMonth(year, m));
            }
        }
        for (Period a : all) {
            for (Period b : all) {
                assertThat(a.compareTo(b) == 0).as(a + " vs " + b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(a.compareTo(b)))
                        .as(a + " vs " + b)
                        .isEqualTo(-Integer.signum(b.compareTo(a)));
            }
        }
    }

    @Test
    void sameKindOrdersChronologically() {
        assertThat(p("2021Q4")).isLessThan(p("2022Q1"));
        assertThat(p("2021-12")).isLessThan(p("2022-01"));
        assertThat(p("2021")).isLessThan(p("2022"));
        assertThat(p("1900")).isLessThan(p("2200"));
        assertThat(p("2021-09")).isLessThan(p("2021-10"));
    }

    @Test
    void equalsAndHashCode() {
        assertThat(p("2021Q3")).isEqualTo(Period.ofQuarter(2021, 3)).hasSameHashCodeAs(Period.ofQuarter(2021, 3));
        assertThat(p("2021-07"))
                .isEqualTo(Period.ofMonth(2021, 7))
                .hasSameHashCodeAs(new Period(2021, Period.Kind.MONTH, 7));
        assertThat(p("2021")).isEqualTo(Period.ofYear(2021));
        assertThat(p("2021Q3"))
                .isNotEqualTo(p("2021-03"))
                .isNotEqualTo(p("2021-07"))
                .isNotEqualTo(p("2022Q3"))
                .isNotEqualTo(p("2021Q2"))
                .isNotEqualTo(p("2021"))
                .isNotEqualTo(null)
                .isNotEqualTo("2021Q3");
        Set<Period> distinct = new HashSet<>();
        for (int year = Period.MIN_YEAR; year <= Period.MAX_YEAR; year++) {
            distinct.add(Period.ofYear(year));
            for (int q = 1; q <= 4; q++) {
                distinct.add(Period.ofQuarter(year, q));
                distinct.add(Period.ofQuarter(year, q));
            }
            for (int m = 1; m <= 12; m++) {
                distinct.add(Period.ofMonth(year, m));
            }
        }
        assertThat(distinct).hasSize(301 * 17);
    }

    // ---------------------------------------------------------------- days

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
        "2021,    2021-01-01, 2021-12-31",
        "2021Q1,  2021-01-01, 2021-03-31",
        "2021Q2,  2021-04-01, 2021-06-30",
        "2021Q3,  2021-07-01, 2021-09-30",
        "2021Q4,  2021-10-01, 2021-12-31",
        "2024Q1,  2024-01-01, 2024-03-31",
        "2021-01, 2021-01-01, 2021-01-31",
        "2021-02, 2021-02-01, 2021-02-28",
        "2024-02, 2024-02-01, 2024-02-29", // leap year
        "2000-02, 2000-02-01, 2000-02-29", // divisible by 400: leap
        "1900-02, 1900-02-01, 1900-02-28", // divisible by 100: not leap
        "2100-02, 2100-02-01, 2100-02-28",
        "2021-04, 2021-04-01, 2021-04-30",
        "2021-06, 2021-06-01, 2021-06-30",
        "2021-09, 2021-09-01, 2021-09-30",
        "2021-11, 2021-11-01, 2021-11-30",
        "2021-12, 2021-12-01, 2021-12-31",
        "1900,    1900-01-01, 1900-12-31",
        "2200Q4,  2200-10-01, 2200-12-31",
        "2200-12, 2200-12-01, 2200-12-31"
    })
    void firstAndLastDays(String text, LocalDate start, LocalDate end) {
        assertThat(p(text).start()).isEqualTo(start);
        assertThat(p(text).end()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0} in a {1}: {2}")
    @CsvSource({
        "2021-01-01, YEAR,    2021",
        "2021-12-31, YEAR,    2021",
        "2021-03-31, QUARTER, 2021Q1",
        "2021-04-01, QUARTER, 2021Q2",
        "2021-09-30, QUARTER, 2021Q3",
        "2021-10-01, QUARTER, 2021Q4",
        "2024-02-29, MONTH,   2024-02",
        "2021-12-31, MONTH,   2021-12"
    })
    void thePeriodContainingADate(LocalDate date, Period.Kind kind, String expected) {
        assertThat(Period.containing(date, kind)).isEqualTo(p(expected));
    }

    @Test
    void everyDayOfALeapYearLiesInThePeriodThatContainsIt() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            for (Period.Kind kind : Period.Kind.values()) {
                Period period = Period.containing(d, kind);
                assertThat(period.start()).isBeforeOrEqualTo(d);
                assertThat(period.end()).isAfterOrEqualTo(d);
                assertThat(period.plus(1).start()).isEqualTo(period.end().plusDays(1));
            }
        }
    }

    // ---------------------------------------------------------------- arithmetic and boundaries

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "2021,     3,    2024",
        "2021,    -3,    2018",
        "2021Q3,   0,    2021Q3",
        "2021Q4,   1,    2022Q1",
        "2021Q1,  -1,    2020Q4",
        "2021Q3,  -4,    2020Q3",
        "2021Q2,  11,    2024Q1",
        "2021-12,  1,    2022-01",
        "2021-01, -13,   2019-12",
        "2021-06,  18,   2022-12",
        "2021-06,  19,   2023-01",
        "1900,     300,  2200",
        "2200,    -300,  1900",
        "1900Q1,   1203, 2200Q4",
        "2200-12, -3611, 1900-01"
    })
    void plusAndMinusStepWithinTheKind(String from, long n, String expected) {
        assertThat(p(from).plus(n)).isEqualTo(p(expected));
        assertThat(p(from).minus(-n)).isEqualTo(p(expected));
        assertThat(p(expected).minus(n)).isEqualTo(p(from));
        assertThat(p(expected).back(n)).contains(p(from));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
        "2200,    1",
        "1900,   -1",
        "2200Q4,  1",
        "1900Q1, -1",
        "2200-12, 1",
        "1900-01, -1",
        "2021, 9223372036854775807",
        "2021, -9223372036854775808",
        "2021-01, 9223372036854775807"
    })
    void arithmeticBeyondTheBoundariesIsRefused(String from, long n) {
        assertThatThrownBy(() -> p(from).plus(n))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lies outside 1900–2200");
        assertThat(p(from).back(-n)).isEmpty();
    }

    @Test
    void minusOfTheSmallestLongIsRefused() {
        assertThatThrownBy(() -> p("2021").minus(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(p("2021").back(Long.MIN_VALUE)).isEmpty();
    }

    // ---------------------------------------------------------------- small facts

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2021,    1,  true,  2021.5",
        "2021Q1,  4,  false, 2021.125",
        "2021Q4,  4,  false, 2021.875",
        "2021-01, 12, false, 2021.0416666666667",
        "2021-12, 12, false, 2021.9583333333333"
    })
    void kindFacts(String text, int perYear, boolean isYear, double midpoint) {
        assertThat(p(text).perYear()).isEqualTo(perYear);
        assertThat(p(text).isYear()).isEqualTo(isYear);
        assertThat(p(text).midpoint()).isCloseTo(midpoint, within(1e-9));
    }

    @Test
    void yearlyIsTrueOnlyForAYearWrittenExactly() {
        assertThat(Period.yearly("2021")).isTrue();
        assertThat(Period.yearly("1900")).isTrue();
        assertThat(Period.yearly("2021Q1")).isFalse();
        assertThat(Period.yearly("2021-01")).isFalse();
        assertThat(Period.yearly(" 2021")).isFalse();
        assertThat(Period.yearly("1899")).isFalse();
    }

    @Test
    void problemForTextThatIsAPeriodStillSaysWhatIsWrongWithTheYear() {
        assertThat(Period.problem("2021x").en()).startsWith("bad period '2021x'");
        assertThat(Period.problem(null).en()).startsWith("bad period ''");
    }

    // ---------------------------------------------------------------- reporting weeks and halves

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-01-01, 2026-W01, 2025-12-29, 2026-01-04",
        "2026-01-31, 2026-W05, 2026-01-26, 2026-02-01",
        "2021-01-03, 2020-W53, 2020-12-28, 2021-01-03",
        "2024-12-30, 2025-W01, 2024-12-30, 2025-01-05"
    })
    void aWeekIsReadWrittenAndSpansMondayToSunday(LocalDate day, String key, LocalDate start, LocalDate end) {
        Period.Week week = Period.Week.containing(day);
        assertThat(week).hasToString(key);
        assertThat(Period.Week.parse(key)).contains(week);
        assertThat(week.start()).isEqualTo(start);
        assertThat(week.end()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-W00", "2026-W54", "2025-W53", "2026W05", " 2026-W05", "2026-05", "1899-W01"})
    void textThatIsNoWeekIsNone(String text) {
        assertThat(Period.Week.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-06-30, 2026H1, 2026-01-01, 2026-06-30", "2026-07-01, 2026H2, 2026-07-01, 2026-12-31"})
    void aHalfIsReadWrittenAndSpansSixMonths(LocalDate day, String key, LocalDate start, LocalDate end) {
        Period.Half half = Period.Half.containing(day);
        assertThat(half).hasToString(key);
        assertThat(Period.Half.parse(key)).contains(half);
        assertThat(half.start()).isEqualTo(start);
        assertThat(half.end()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026H3", "2026H0", "2026h1", "2026-H1", "2026Q1"})
    void textThatIsNoHalfIsNone(String text) {
        assertThat(Period.Half.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-W05", "2026H1"})
    void weeksAndHalvesAreNoStatisticalPeriods(String text) {
        assertThat(Period.parse(text)).isEmpty();
    }
}
