package org.stocktake.households.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stocktake.households.rules.Finding.Check;
import org.stocktake.households.rules.Household.Measure;
import org.stocktake.households.rules.Household.Member;
import org.stocktake.households.rules.Household.Risk;

/** Consistency rules on hand-worked households (see {@link Households}), checked on 2025-09-15. */
class ConsistencyTest {

    static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
    static final LocalDate D = LocalDate.of(2025, 1, 1);

    static Stream<Arguments> households() {
        return Stream.of(
                row("the base household is consistent", h -> {}, List.of()),
                row(
                        "因安全饮水 with no water measure",
                        h -> h.risks.add(new Risk(RiskType.WATER_SAFETY, null, D, null)),
                        List.of("risk-without-measure:water-safety")),
                row(
                        "因安全饮水 with 饮水安全保障",
                        h -> {
                            h.risks.add(new Risk(RiskType.WATER_SAFETY, null, D, null));
                            h.measures.add(new Measure(MeasureType.WATER, D, null));
                        },
                        List.of()),
                row(
                        "因病 answered by 兜底",
                        h -> {
                            h.risks.add(new Risk(RiskType.ILLNESS, null, D, null));
                            h.measures.add(new Measure(MeasureType.SAFETY_NET, D, null));
                        },
                        List.of()),
                row(
                        "因学 answered by 就业 is no answer",
                        h -> h.risks.add(new Risk(RiskType.SCHOOLING, null, D, null)),
                        List.of("risk-without-measure:schooling")),
                row(
                        "因自然灾害 with the flood sub-item and housing",
                        h -> {
                            h.risks.add(new Risk(RiskType.DISASTER, "flood", D, null));
                            h.measures.add(new Measure(MeasureType.HOUSING, D, null));
                        },
                        List.of()),
                row(
                        "a sub-item on 因病",
                        h -> {
                            h.risks.add(new Risk(RiskType.ILLNESS, "flood", D, null));
                            h.measures.add(new Measure(MeasureType.HEALTH, D, null));
                        },
                        List.of("bad-disaster-sub-item:illness")),
                row(
                        "兜底 household marked cleared",
                        h -> {
                            h.safetyNet = true;
                            h.cleared = TODAY;
                        },
                        List.of("safety-net-cleared:")),
                row(
                        "cleared before identified",
                        h -> h.cleared = LocalDate.of(2024, 9, 30),
                        List.of("cleared-before-identified:")),
                row("identified tomorrow", h -> h.identified = TODAY.plusDays(1), List.of("identified-in-future:")),
                row(
                        "measure ends before it starts",
                        h -> h.measures.add(new Measure(MeasureType.SOCIAL, D, D.minusDays(1))),
                        List.of("ends-before-start:social")),
                row(
                        "risk resolved before it arose",
                        h -> h.risks.set(0, new Risk(RiskType.UNSTABLE_WORK, null, D, D.minusDays(1))),
                        List.of("resolved-before-arisen:unstable-work")),
                row(
                        "work that ends before it starts",
                        h -> h.employment.add(new Household.Employment(D, D.minusDays(1), "local", "construction")),
                        List.of("ends-before-start:employment")),
                row(
                        "six risks",
                        h -> {
                            for (int i = 0; i < 5; i++) {
                                h.risks.add(new Risk(RiskType.OTHER, null, D, null));
                            }
                        },
                        List.of("too-many-risks:6")),
                row(
                        "second member's ID number has a wrong check character",
                        h -> h.members.set(
                                1,
                                new Member(
                                        "439901201006150022",
                                        Household.LabourSkill.NONE,
                                        Household.Schooling.COMPULSORY,
                                        true,
                                        true)),
                        List.of("invalid-id-number:2")),
                row("no members", h -> h.members.clear(), List.of("no-members:")));
    }

    static Arguments row(String name, Consumer<Households> change, List<String> findings) {
        Households h = new Households();
        change.accept(h);
        return Arguments.of(name, h.build(), findings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("households")
    void findsEachBrokenRule(String name, Household h, List<String> findings) {
        List<String> found = Consistency.check(h, TODAY).stream()
                .map(f -> f.check().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ":" + f.subject())
                .toList();
        assertThat(found).as(name).containsExactlyInAnyOrderElementsOf(findings);
        assertThat(Check.values()).allSatisfy(c -> assertThat(c.key()).startsWith("households.check."));
    }
}
