package org.stocktake.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.PlatformTest;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/** Plan import and export against the real database. */
class PlanImportTest extends PlatformTest {

    private static final String PLAN = "hunan-central-2021";

    @Autowired
    PlanService plans;

    @Autowired
    JdbcClient jdbc;

    private String snapshot() {
        return jdbc.sql("""
                select (select count(*) from plan_plan) || '/' || (select count(*) from plan_article) || '/'
                    || (select count(*) from plan_target) || '/' || (select count(*) from plan_task) || '/'
                    || (select count(*) from regions_group) || '/' || (select count(*) from indicators_indicator) || '/'
                    || (select max(revision) from plan_plan)
                """).query(String.class).single();
    }

    @Test
    void aFileWithSeveralErrorsIsRefusedWholeWithEveryErrorListed() {
        String before = snapshot();
        String bad = """
                format: stocktake-plan/1
                code: broken-plan
                title: {zh: 坏计划}
                start_year: 2021
                end_year: 2025
                region: "999999"
                indicators:
                  - {code: new_indicator, name: {zh: 新指标}, unit: "%", polarity: higher}
                region_groups:
                  - {code: G1, name: {zh: 组}, members: ["430100", "123456"]}
                parts:
                  - number: 一
                    title: {zh: 第一部分}
                    articles:
                      - {code: A1, number: 一, title: {zh: 甲}, text: 甲文。}
                      - {code: A1, number: 二, title: {zh: 乙}, text: 乙文。}
                targets:
                  - {code: T1, article: A9, title: {zh: 目标}, kind: level, indicator: nowhere, comparator: at_least,
                     value: 1, unit: "%", target_year: 2025, scope: "430000", quote: 目标}
                tasks:
                  - {code: K1, article: A1, title: {zh: 任务}, lead: U-NONE}
                """;
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> plans.importPlan("bad.yaml", bad));
        assertThat(e.source()).isEqualTo("bad.yaml");
        assertThat(e.problems())
                .extracting(Problem::where)
                .containsExactlyInAnyOrder(
                        "/region",
                        "/region_groups/0/members/1",
                        "/articles/1/code",
                        "/targets/0/article",
                        "/targets/0/indicator",
                        "/tasks/0/lead");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.zh()).isNotBlank());
        assertThat(snapshot()).isEqualTo(before);
        assertThat(plans.planCodes()).doesNotContain("broken-plan");
    }

    @Test
    void schemaErrorsAreAllReportedWithTheirPaths() {
        String bad = """
                format: stocktake-plan/1
                code: broken
                start_year: 2021
                end_year: twenty
                region: "430000"
                colour: red
                parts:
                  - number: 一
                    title: {zh: 部分}
                    articles:
                      - {code: A1, number: 一, title: {zh: 甲}, text: 甲文。}
                targets:
                  - {code: T1, article: A1, title: {zh: 目标}, kind: sideways, target_year: 2025, scope: "430000", quote: 目}
                """;
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> plans.validate("bad.yaml", bad));
        assertThat(e.problems())
                .extracting(Problem::where)
                .containsExactlyInAnyOrder("/title", "/colour", "/end_year", "/targets/0/kind");
    }

    @Test
    void exportThenImportChangesNothing() {
        String exported = plans.exportPlan(PLAN);
        PlanDocument original = plans.plan(PLAN).orElseThrow();
        ImportedPlan again = plans.importPlan("exported.yaml", exported);
        assertThat(again.code()).isEqualTo(PLAN);
        assertThat(plans.plan(PLAN).orElseThrow()).isEqualTo(original);
        assertThat(plans.exportPlan(PLAN)).isEqualTo(exported);
    }
}
