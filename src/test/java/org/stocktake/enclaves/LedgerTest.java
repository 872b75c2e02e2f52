package org.stocktake.enclaves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ledger against tables worked by hand. Two agreements with the host 433100:
 *
 * <ul>
 *   <li>A (sender 430100, park P1, from 2021-01-01, open end): 工业增加值 proportional 40% to the
 *       sender; fixed investment double counted;
 *   <li>B (sender 430600, park P2, 2023-07-01 to 2025-06-30): 工业增加值, 50% of the increment over
 *       the 2022 base value 10 to the sender.
 * </ul>
 *
 * Park P1: industry_va 20 / 25 / 30 (2022–2024), investment 8 / 9 / 10. Park P2: industry_va 10 /
 * 14 / 18 / 20 / 22 (2022–2026). Worked: 2023 for B covers 1 July–31 December = 184 of 365 days,
 * so the sender gains (14 − 10) × 0.5 × 184/365 = 1.00822; 2025 covers 181 of 365 days, (20 − 10)
 * × 0.5 × 181/365 = 2.47945; 2022 and 2026 lie outside B's dates.
 */
class LedgerTest {

    static final String CS = "430100";
    static final String YY = "430600";
    static final String XX = "433100";

    static final Agreement A = new Agreement(
            1,
            "A",
            CS,
            XX,
            "P1",
            "doc A",
            LocalDate.of(2021, 1, 1),
            null,
            List.of(
                    new SplitRule("industry_va", SplitMethod.PROPORTIONAL, 0.4, null, null),
                    new SplitRule("fixed_investment", SplitMethod.DOUBLE_COUNT, 1, null, null)));
    static final Agreement B = new Agreement(
            2,
            "B",
            YY,
            XX,
            "P2",
            "doc B",
            LocalDate.of(2023, 7, 1),
            LocalDate.of(2025, 6, 30),
            List.of(new SplitRule("industry_va", SplitMethod.INCREMENT, 0.5, 2022, 10.0)));

    static final Map<String, Double> FIGURES = new HashMap<>();

    static {
        put("region", "industry_va", CS, 100, 110, 120, 125, 130);
        put("region", "industry_va", XX, 50, 55, 60, 62, 64);
        put("region", "industry_va", YY, 80, 85, 90, 95, 100);
        put("region", "fixed_investment", CS, 300, 310, 320, 330, 340);
        put("region", "fixed_investment", XX, 40, 42, 44, 46, 48);
        put("park", "industry_va", "P1", 20, 25, 30, 32, 34);
        put("park", "fixed_investment", "P1", 8, 9, 10, 11, 12);
        put("park", "industry_va", "P2", 10, 14, 18, 20, 22);
    }

    private static void put(String kind, String indicator, String who, double... from2022) {
        for (int i = 0; i < from2022.length; i++) {
            FIGURES.put(kind + "/" + indicator + "/" + who + "/" + (2022 + i), from2022[i]);
        }
    }

    static final Ledger.Figures SOURCE = new Ledger.Figures() {
        @Override
        public OptionalDouble region(String indicator, String region, int year) {
            return of("region/" + indicator + "/" + region + "/" + year);
        }

        @Override
        public OptionalDouble park(String indicator, String park, int year) {
            return of("park/" + indicator + "/" + park + "/" + year);
        }

        private OptionalDouble of(String key) {
            Double v = FIGURES.get(key);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        }
    };

    @ParameterizedTest(name = "{0} {1} {2}: statistical {3}, assessment {4}")
    @CsvSource({
        // year, region, indicator, statistical, assessment (worked by hand)
        "2022, 430100, industry_va, 100, 108", // + 0.4 × 20
        "2022, 433100, industry_va, 50, 42", // − 0.4 × 20; B not yet in force
        "2022, 430600, industry_va, 80, 80", // B starts 2023-07-01
        "2023, 430100, industry_va, 110, 120", // + 0.4 × 25
        "2023, 433100, industry_va, 55, 43.991781", // − 10 − 1.008219
        "2023, 430600, industry_va, 85, 86.008219", // + (14 − 10) × 0.5 × 184/365
        "2024, 430100, industry_va, 120, 132", // + 0.4 × 30
        "2024, 433100, industry_va, 60, 44", // − 12 − (18 − 10) × 0.5 (2024 all covered)
        "2024, 430600, industry_va, 90, 94",
        "2025, 433100, industry_va, 62, 46.720548", // − 12.8 − 2.479452
        "2025, 430600, industry_va, 95, 97.479452", // + (20 − 10) × 0.5 × 181/365
        "2026, 430600, industry_va, 100, 100", // B ended 2025-06-30
        "2026, 433100, industry_va, 64, 50.4", // only A: − 0.4 × 34
        "2022, 430100, fixed_investment, 300, 308", // double count: the sender adds all 8
        "2022, 433100, fixed_investment, 40, 40", // ... and the host keeps all
        "2024, 430100, fixed_investment, 320, 330",
        "2024, 433100, fixed_investment, 44, 44",
    })
    void theTwoViewsMatchTheHandWorkedTable(
            int year, String region, String indicator, double statistical, double assessment) {
        Ledger.Line line = Ledger.lines(List.of(A, B), SOURCE, year).stream()
                .filter(l -> l.region().equals(region) && l.indicator().equals(indicator))
                .findFirst()
                .orElseThrow();
        assertThat(line.statistical()).isCloseTo(statistical, within(1e-6));
        assertThat(line.assessment()).isCloseTo(assessment, within(1e-6));
        assertThat(line.value(View.STATISTICAL)).isEqualTo(line.statistical());
        assertThat(line.value(View.ASSESSMENT)).isEqualTo(line.assessment());
    }

    @Test
    void underProportionalAndIncrementRulesThePartsSumToThePark() {
        for (int year = 2020; year <= 2027; year++) {
            for (Ledger.Split s : Ledger.splits(List.of(A, B), SOURCE, year)) {
                if (s.rule().method() != SplitMethod.DOUBLE_COUNT) {
                    assertThat(s.hostPart() + s.senderPart()).isCloseTo(s.parkValue(), within(1e-9));
                    assertThat(s.senderPart()).isBetween(0.0, s.parkValue());
                }
            }
            // a split moves a figure, it does not make one: the regions' assessment total equals the official total
            double official = 0;
            double assessed = 0;
            for (Ledger.Line l : Ledger.lines(List.of(A, B), SOURCE, year)) {
                if (l.indicator().equals("industry_va") && l.statistical() != null) {
                    official += l.statistical();
                    assessed += l.assessment();
                }
            }
            assertThat(assessed).as("year %d", year).isCloseTo(official, within(1e-9));
        }
    }

    @Test
    void theStatisticalViewIsTheOfficialFigureWhateverTheAgreements() {
        for (int year = 2022; year <= 2026; year++) {
            for (List<Agreement> agreements : List.of(List.of(A), List.of(B), List.of(A, B))) {
                for (Ledger.Line l : Ledger.lines(agreements, SOURCE, year)) {
                    assertThat(l.statistical())
                            .isEqualTo(SOURCE.region(l.indicator(), l.region(), year)
                                    .getAsDouble());
                }
            }
        }
    }

    @Test
    void anAgreementNeverAppliesOutsideItsDates() {
        assertThat(B.coverage(2022)).isZero();
        assertThat(B.coverage(2023)).isCloseTo(184 / 365.0, within(1e-12));
        assertThat(B.coverage(2024)).isEqualTo(1.0);
        assertThat(B.coverage(2025)).isCloseTo(181 / 365.0, within(1e-12));
        assertThat(B.coverage(2026)).isZero();
        for (int year : new int[] {2020, 2021, 2022, 2026, 2027}) {
            assertThat(Ledger.splits(List.of(B), SOURCE, year))
                    .as("year %d", year)
                    .isEmpty();
            assertThat(Ledger.lines(List.of(B), SOURCE, year))
                    .allSatisfy(l -> assertThat(l.assessment()).isEqualTo(l.statistical()));
        }
    }

    @Test
    void aFallBelowTheBaseYearStaysWithTheHost() {
        Ledger.Split s = Ledger.split(B, B.rules().get(0), 2024, 1, 9);
        assertThat(s.senderPart()).isZero();
        assertThat(s.hostPart()).isEqualTo(9);
    }

    @Test
    void theIncrementSplitOverSeveralYearsFollowsTheParkFromTheSameBase() {
        // 2023: 4 × 0.5 × 184/365; 2024: 8 × 0.5; 2025: 10 × 0.5 × 181/365
        double[] expected = {2 * 184 / 365.0, 4, 5 * 181 / 365.0};
        for (int i = 0; i < 3; i++) {
            List<Ledger.Split> splits = Ledger.splits(List.of(B), SOURCE, 2023 + i);
            assertThat(splits).hasSize(1);
            assertThat(splits.get(0).senderPart()).isCloseTo(expected[i], within(1e-9));
        }
    }

    @Test
    void aMissingParkFigureSplitsNothingAndAMissingRegionFigureStaysMissing() {
        assertThat(Ledger.splits(List.of(A), SOURCE, 2030)).isEmpty();
        assertThat(Ledger.lines(List.of(A), SOURCE, 2030))
                .allSatisfy(l -> assertThat(l.statistical()).isNull())
                .allSatisfy(l -> assertThat(l.assessment()).isNull());
    }
}
