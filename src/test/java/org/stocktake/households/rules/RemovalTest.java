package org.stocktake.households.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stocktake.households.rules.Household.IncomeKind;
import org.stocktake.households.rules.Household.Measure;
import org.stocktake.households.rules.Household.Member;
import org.stocktake.households.rules.Household.Risk;
import org.stocktake.households.rules.Removal.Condition;

/**
 * Removal conditions on hand-worked households, checked on 2025-09-15 against Hunan's 2025 line of
 * 8,700 yuan per person (window 12 months, stable 6 months): the stable months are March to August
 * 2025, the windows run from April 2024–March 2025 to September 2024–August 2025.
 */
class RemovalTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 9, 15);
    static final MonitoringLines LINES = MonitoringLines.of(
            new MonitoringLine("43", 2024, 800_000, 12, 6, LocalDate.of(2024, 1, 1)),
            new MonitoringLine("43", 2025, 870_000, 12, 6, LocalDate.of(2025, 3, 1)));

    static Stream<Arguments> households() {
        return Stream.of(
                // 2,400 × 12 / 3 = 9,600 yuan per person in every window: all met
                row("all met", h -> {}, Set.of(), 960_000),
                // 3,000 yuan self-pay in June 2025: windows Jun–Aug hold 28,800 − 3,000 = 25,800 / 3 = 8,600 < 8,700
                row(
                        "self-pay pulls a window below the line",
                        h -> h.incomes.add(new Household.Income(IncomeKind.SELF_PAY, YearMonth.of(2025, 6), 300_000)),
                        EnumSet.of(Condition.INCOME_STABLE),
                        860_000),
                // 2,000 yuan of transfers in July offsets a 2,000 yuan self-pay: still 9,600
                row(
                        "transfer offsets self-pay",
                        h -> {
                            h.incomes.add(new Household.Income(IncomeKind.SELF_PAY, YearMonth.of(2025, 6), 200_000));
                            h.incomes.add(new Household.Income(IncomeKind.TRANSFER, YearMonth.of(2025, 6), 200_000));
                        },
                        Set.of(),
                        960_000),
                // wages only from December 2024: the window ending March 2025 holds 4 months = 9,600 / 3 = 3,200
                row(
                        "income too recent to be stable",
                        h -> {
                            h.incomes.clear();
                            h.wages(YearMonth.of(2024, 12), YearMonth.of(2025, 8), 240_000);
                        },
                        EnumSet.of(Condition.INCOME_STABLE),
                        320_000),
                // 2,200 a month = 26,400 / 3 = 8,800 ≥ 8,700: just above the line
                row(
                        "just above the line",
                        h -> {
                            h.incomes.clear();
                            h.wages(YearMonth.of(2024, 4), YearMonth.of(2025, 8), 217_500);
                        },
                        Set.of(),
                        870_000),
                row(
                        "just below the line",
                        h -> {
                            h.incomes.clear();
                            h.wages(YearMonth.of(2024, 4), YearMonth.of(2025, 8), 217_497);
                        },
                        EnumSet.of(Condition.INCOME_STABLE),
                        869_988),
                row("no line for the province", h -> h.province = "44", EnumSet.of(Condition.INCOME_STABLE), -1),
                row(
                        "兜底 household never cleared",
                        h -> h.safetyNet = true,
                        EnumSet.of(Condition.NOT_SAFETY_NET),
                        960_000),
                row(
                        "illness not resolved",
                        h -> h.risks.add(new Risk(RiskType.ILLNESS, null, LocalDate.of(2025, 1, 1), null)),
                        EnumSet.of(Condition.RIGID_EXPENDITURE_RESOLVED),
                        960_000),
                row(
                        "illness resolved on the day",
                        h -> h.risks.add(new Risk(RiskType.ILLNESS, null, LocalDate.of(2025, 1, 1), AS_OF)),
                        Set.of(),
                        960_000),
                row(
                        "illness resolved the day after",
                        h -> h.risks.add(new Risk(RiskType.ILLNESS, null, LocalDate.of(2025, 1, 1), AS_OF.plusDays(1))),
                        EnumSet.of(Condition.RIGID_EXPENDITURE_RESOLVED),
                        960_000),
                row(
                        "unresolved disability is no rigid expenditure",
                        h -> h.risks.add(new Risk(RiskType.DISABILITY, null, LocalDate.of(2025, 1, 1), null)),
                        Set.of(),
                        960_000),
                row(
                        "a child dropped out",
                        h -> h.members.set(
                                1,
                                new Member(
                                        Households.B,
                                        Household.LabourSkill.NONE,
                                        Household.Schooling.DROPPED_OUT,
                                        true,
                                        true)),
                        EnumSet.of(Condition.COMPULSORY_EDUCATION),
                        960_000),
                row(
                        "a member without medical insurance",
                        h -> h.members.set(
                                2,
                                new Member(
                                        Households.C,
                                        Household.LabourSkill.LOST,
                                        Household.Schooling.NONE,
                                        false,
                                        false)),
                        EnumSet.of(Condition.MEDICAL_INSURANCE),
                        960_000),
                row(
                        "housing and water unsafe",
                        h -> {
                            h.housing = false;
                            h.water = false;
                        },
                        EnumSet.of(Condition.HOUSING_SAFE, Condition.WATER_SAFE),
                        960_000),
                row(
                        "identified 2025-03-15: six months on the day",
                        h -> h.identified = LocalDate.of(2025, 3, 15),
                        Set.of(),
                        960_000),
                row(
                        "identified 2025-03-16: one day short",
                        h -> h.identified = LocalDate.of(2025, 3, 16),
                        EnumSet.of(Condition.SIX_MONTHS_SINCE_IDENTIFICATION),
                        960_000),
                row("no measure", h -> h.measures.clear(), EnumSet.of(Condition.HAS_MEASURE), 960_000),
                row(
                        "the only measure starts later",
                        h -> {
                            h.measures.clear();
                            h.measures.add(new Measure(MeasureType.EMPLOYMENT, AS_OF.plusDays(1), null));
                        },
                        EnumSet.of(Condition.HAS_MEASURE),
                        960_000));
    }

    static Arguments row(String name, Consumer<Households> change, Set<Condition> unmet, long lowest) {
        Households h = new Households();
        change.accept(h);
        return Arguments.of(name, h.build(), unmet, lowest);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("households")
    void namesEachUnmetCondition(String name, Household h, Set<Condition> unmet, long lowest) {
        Removal.Result r = Removal.check(h, LINES, AS_OF);
        assertThat(r.unmet()).as(name).containsExactlyInAnyOrderElementsOf(unmet);
        assertThat(r.met()).isEqualTo(unmet.isEmpty());
        assertThat(r.lowestPerCapitaFen()).isEqualTo(lowest);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("lineDays")
    void theLineInForceIsTheLatestStartedOne(LocalDate day, long fen) {
        assertThat(LINES.inForce("43", day).map(MonitoringLine::perCapitaFen).orElse(-1L))
                .isEqualTo(fen);
    }

    static List<Arguments> lineDays() {
        return List.of(
                Arguments.of(LocalDate.of(2023, 12, 31), -1L),
                Arguments.of(LocalDate.of(2024, 1, 1), 800_000L),
                Arguments.of(LocalDate.of(2025, 2, 28), 800_000L),
                Arguments.of(LocalDate.of(2025, 3, 1), 870_000L));
    }
}
