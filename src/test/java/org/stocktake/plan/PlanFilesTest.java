package org.stocktake.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/**
 * Reading plan files: a bad file is refused whole and every problem is reported with its path.
 * The schema is checked first; references are checked once the file has the right shape.
 */
class PlanFilesTest {

    private static final PlanReferences KNOWN =
            new PlanReferences(Set.of("430000", "430100", "430200", "430300"), Set.of("gdp", "forest_coverage"));

    @Test
    void everyShapeErrorIsReportedWithItsPath() {
        String bad = """
                format: stocktake-plan/1
                code: broken
                title: {zh: 坏计划}
                start_year: 2021
                end_year: 2025
                region: "430000"
                parts:
                  - number: 一
                    title: {zh: 部分}
                    articles:
                      - {code: A1, number: 一, title: {zh: 甲}, text: 甲文达到30%。}
                      - {code: A2, number: 二, text: 乙文。}
                targets:
                  - {code: T1, article: A1, kind: level, indicator: gdp, comparator: at_least,
                     value: 30, unit: "%", target_year: 2025, scope: "430000", quote: 达到30%}
                  - {code: T2, article: A1, title: {zh: 目标}, kind: sideways,
                     target_year: 2025, scope: "430000", quote: 甲文}
                tasks:
                  - {code: K1, article: A1, title: {zh: 任务}, deadline: soon}
                """;
        InvalidInputException e = refused(bad);
        assertThat(e.problems())
                .extracting(Problem::where)
                .containsExactlyInAnyOrder(
                        "/parts/0/articles/1/title", "/targets/0/title", "/targets/1/kind", "/tasks/0/deadline");
        assertThat(e.problems()).hasSize(4);
    }

    @Test
    void everyReferenceErrorIsReportedWithItsPath() {
        String bad = """
                format: stocktake-plan/1
                code: broken
                title: {zh: 坏计划}
                start_year: 2021
                end_year: 2025
                region: "430000"
                units:
                  - {code: U1, name: {zh: 省发展改革委}, kind: department}
                region_groups:
                  - {code: G1, name: {zh: 组}, members: ["430100", "999999"]}
                parts:
                  - number: 一
                    title: {zh: 部分}
                    articles:
                      - {code: A1, number: 一, title: {zh: 甲}, text: 甲文达到30%。}
                targets:
                  - {code: T1, article: A9, title: {zh: 目标一}, kind: level, indicator: gdp, comparator: at_least,
                     value: 30, unit: "%", target_year: 2025, scope: "430000", quote: 达到30%}
                  - {code: T1, article: A1, title: {zh: 目标二}, kind: maintain, indicator: nowhere, comparator: at_least,
                     value: 59, unit: "%", target_year: 2025, scope: G1, quote: 甲文}
                tasks:
                  - {code: K1, article: A1, title: {zh: 任务}, lead: U9, co_units: [U1], targets: [T9]}
                """;
        InvalidInputException e = refused(bad);
        assertThat(e.problems())
                .extracting(Problem::where)
                .containsExactlyInAnyOrder(
                        "/region_groups/0/members/1",
                        "/targets/1/code",
                        "/targets/0/article",
                        "/targets/1/indicator",
                        "/tasks/0/lead",
                        "/tasks/0/targets/0");
        assertThat(e.problems()).hasSize(6);
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.zh()).isNotBlank();
            assertThat(p.en()).isNotBlank();
        });
        assertThat(e.report(Locale.ENGLISH)).contains("bad.yaml: /targets/1/code: duplicate code T1");
    }

    @Test
    void aYamlSyntaxErrorIsOneProblemWithALine() {
        InvalidInputException e = refused("format: stocktake-plan/1\ncode: [unclosed\n");
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).where()).startsWith("行 ");
    }

    @Test
    void aMinimalPlanWritesAndReadsBackEqual() {
        String good = """
                format: stocktake-plan/1
                code: small
                title: {zh: 小计划, en: A small plan}
                start_year: 2021
                end_year: 2025
                region: "430000"
                region_groups:
                  - {code: G1, name: {zh: 组}, kind: area, members: ["430100", "430200"]}
                parts:
                  - number: 一
                    title: {zh: 部分}
                    articles:
                      - {code: A1, number: 一, title: {zh: 甲}, text: "森林覆盖率稳定在59%以上。\\n\\n第二段。"}
                targets:
                  - {code: T1, article: A1, title: {zh: 森林}, kind: maintain, indicator: forest_coverage,
                     comparator: at_least, value: 59.0, unit: "%", baseline: {year: 2020}, target_year: 2025,
                     attribute: binding, scope: G1, quote: 森林覆盖率稳定在59%以上}
                tasks:
                  - {code: K1, article: A1, title: {zh: 任务}, deadline: "2025", cycle: quarterly, targets: [T1]}
                """;
        PlanDocument plan = PlanFiles.read("good.yaml", good, KNOWN);
        String written = PlanFiles.write(plan);
        assertThat(PlanFiles.read("written.yaml", written, KNOWN)).isEqualTo(plan);
        assertThat(written).contains("region: \"430000\"").contains("deadline: \"2025\"");
    }

    @Test
    void theExampleInTheFormatDocumentIsAValidPlan() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/plan-format.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        PlanDocument plan = PlanFiles.read("docs/plan-format.md", example, KNOWN);
        assertThat(plan.targets())
                .singleElement()
                .satisfies(t -> assertThat(t.kind()).isEqualTo(TargetKind.MAINTAIN));
        assertThat(PlanFiles.write(plan)).isEqualTo(example);
    }

    private static final String REVISED = """
            format: stocktake-plan/1
            code: revised
            title: {zh: 调整计划}
            start_year: 2021
            end_year: 2025
            region: "430000"
            parts:
              - number: 一
                title: {zh: 部分}
                articles:
                  - {code: A1, number: 一, title: {zh: 甲}, text: 森林覆盖率稳定在59%以上。}
            targets:
              - code: T1
                article: A1
                title: {zh: 森林覆盖率稳定在59%以上}
                kind: maintain
                indicator: forest_coverage
                comparator: at_least
                value: 59
                unit: "%"
                baseline: {year: 2020, value: 59.96, source: 《示例公报》, quote: 森林覆盖率59.96%}
                target_year: 2025
                scope: "430000"
                quote: 森林覆盖率稳定在59%以上
                revisions:
                  - {date: 2025-02-25, document: 示例会议, value: 53.15, caliber: CALIBER, reason: 口径调整}
            """;

    @Test
    void aTargetKeepsItsRevisionsAndItsStatedBaselineSource() {
        PlanDocument plan = PlanFiles.read("revised.yaml", REVISED.replace("CALIBER", "2024"), KNOWN);
        PlanDocument.Target t = plan.targets().get(0);
        assertThat(t.value()).isEqualByComparingTo("59");
        assertThat(t.revisions()).singleElement().satisfies(r -> {
            assertThat(r.caliber()).isEqualTo(2024);
            assertThat(r.value()).isEqualByComparingTo("53.15");
            assertThat(r.date()).isEqualTo(java.time.LocalDate.of(2025, 2, 25));
            assertThat(r.document()).isEqualTo("示例会议");
        });
        assertThat(t.valueFor(2024)).isEqualByComparingTo("53.15");
        assertThat(t.valueFor(2020)).isEqualByComparingTo("59");
        assertThat(t.baseline().source()).isEqualTo("《示例公报》");
        assertThat(PlanFiles.read("written.yaml", PlanFiles.write(plan), KNOWN)).isEqualTo(plan);
    }

    @Test
    void aRevisionOutsideTheTargetsYearsIsRefused() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> PlanFiles.read("bad.yaml", REVISED.replace("CALIBER", "2020"), KNOWN));
        assertThat(e.problems()).extracting(Problem::where).containsExactly("/targets/0/revisions/0/caliber");
        assertThat(e.problems().get(0).en()).contains("2020", "2025");
    }

    @Test
    void aRevisionWithoutItsReasonIsRefused() {
        InvalidInputException e = refused(REVISED.replace("CALIBER", "2024").replace(", reason: 口径调整", ""));
        assertThat(e.problems()).extracting(Problem::where).containsExactly("/targets/0/revisions/0/reason");
    }

    private static InvalidInputException refused(String yaml) {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> PlanFiles.read("bad.yaml", yaml, KNOWN));
        assertThat(e).as("the file is refused").isNotNull();
        assertThat(e.source()).isEqualTo("bad.yaml");
        return e;
    }
}
