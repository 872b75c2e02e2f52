package org.stocktake.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stocktake.assessment.Point;
import org.stocktake.assessment.Revision;
import org.stocktake.assessment.Series;
import org.stocktake.assessment.TargetSpec;
import org.stocktake.assessment.Verdict;
import org.stocktake.assessment.VerdictClass;
import org.stocktake.assessment.VerdictEngine;
import org.stocktake.assessment.VerdictInput;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanFiles;
import org.stocktake.plan.PlanReferences;

/** A plan file's stated baseline and revisions reach the calculators and their sentence. */
class TargetInputsTest {

    private static final String PLAN = """
            format: stocktake-plan/1
            code: stated
            title: {zh: 示例}
            start_year: 2021
            end_year: 2025
            region: "430000"
            parts:
              - number: 一
                title: {zh: 部分}
                articles:
                  - {code: A1, number: 一, title: {zh: 甲}, text: 制造业比重达到30%。森林覆盖率稳定在59%以上。}
            targets:
              - {code: T1, article: A1, title: {zh: 制造业比重达到30%}, kind: level, indicator: manufacturing_va_share_gdp,
                 comparator: at_least, value: 30, unit: "%", target_year: 2025, scope: "430000", quote: 制造业比重达到30%,
                 baseline: {year: 2020, value: 25, source: 《示例公报》}}
              - {code: T2, article: A1, title: {zh: 森林覆盖率稳定在59%以上}, kind: maintain, indicator: forest_coverage,
                 comparator: at_least, value: 59, unit: "%", target_year: 2025, scope: "430000", quote: 森林覆盖率稳定在59%以上,
                 revisions: [{date: 2025-02-25, document: 示例会议, value: 53.15, caliber: 2024, reason: 口径调整}]}
            """;

    private final PlanDocument plan = PlanFiles.read(
            "stated.yaml",
            PLAN,
            new PlanReferences(Set.of("430000"), Set.of("manufacturing_va_share_gdp", "forest_coverage")));

    @Test
    void aStatedBaselineIsUsedAndNamed() {
        TargetSpec spec = TargetInputs.spec(plan, plan.targets().get(0), "%");
        assertThat(spec.baselineValue()).isEqualTo(25.0);
        assertThat(spec.baselineSource()).isEqualTo("《示例公报》");
        // 25 (stated, 2020) → 28 (2023): 3/5 = 60% against 3/5 of the time
        Verdict v = VerdictEngine.assess(VerdictInput.of(spec, Series.of(List.of(new Point(2023, 28))), 2023));
        assertThat(v.verdictClass()).isEqualTo(VerdictClass.ON_TRACK);
        assertThat(v.explanation().zh())
                .isEqualTo("由2020年的25%到2023年的28%，完成目标30%进度的60.0%，序时进度60.0%，基本符合预期。基期值取自《示例公报》。");
    }

    @Test
    void revisionsReachTheCalculators() {
        TargetSpec spec = TargetInputs.spec(plan, plan.targets().get(1), "%");
        assertThat(spec.value()).isEqualTo(59.0);
        assertThat(spec.revisions()).containsExactly(new Revision(2024, 53.15, "示例会议"));
        Verdict v = VerdictEngine.assess(VerdictInput.of(
                spec,
                Series.of(List.of(new Point(2022, 59.98), new Point(2024, 54.11)))
                        .withBreak(2024),
                2024));
        assertThat(v.verdictClass()).isEqualTo(VerdictClass.ON_TRACK);
        assertThat(v.explanation().zh()).contains("目标由59%调整为53.15%（示例会议）");
    }

    @Test
    void withoutTheIndicatorsUnitALevelTakesTheTargetsOwn() {
        assertThat(TargetInputs.spec(plan, plan.targets().get(0), null).unit()).isEqualTo("%");
    }
}
