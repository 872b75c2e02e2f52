package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.plan.PlanService;

/** A plan's tasks become the task list on import; a task whose text names no unit waits for a coordinator. */
class PlanTasksTest extends SupervisionTest {

    private static final String PLAN = """
            format: stocktake-plan/1
            code: seed-plan
            title: {zh: 种子计划}
            start_year: 2021
            end_year: 2025
            region: "430000"
            units:
              - {code: SEED-FGW, name: {zh: 省发展改革委, en: Provincial DRC}, kind: department, region: "430000"}
              - {code: SEED-GXT, name: {zh: 省工业和信息化厅}, kind: department}
            parts:
              - number: 一
                title: {zh: 第一部分}
                articles:
                  - {code: A1, number: 一, title: {zh: 甲}, text: 推进制造业高质量发展。深化改革。}
            tasks:
              - {code: K1, article: A1, title: {zh: 推进制造业高质量发展}, lead: SEED-FGW, co_units: [SEED-GXT],
                 deadline: "2025", cycle: half_yearly, deliverable: 实施方案}
              - {code: K2, article: A1, title: {zh: 深化改革}, deadline: ongoing}
            """;

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Test
    void theTasksOfAnImportedPlanAreSeededAndAssignmentsSurviveAReimport() {
        plans.importPlan("seed.yaml", PLAN);
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Task k1 = tasks.find(coordinator, "seed-plan", "K1").orElseThrow();
        assertThat(k1.lead()).isEqualTo("SEED-FGW");
        assertThat(k1.coUnits()).containsExactly("SEED-GXT");
        assertThat(k1.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(k1.cycle()).isEqualTo(Cycle.HALF_YEARLY);
        assertThat(k1.article()).isEqualTo("A1");
        assertThat(k1.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        Task k2 = tasks.find(coordinator, "seed-plan", "K2").orElseThrow();
        assertThat(k2.lead()).isNull();
        assertThat(k2.status()).isEqualTo(TaskStatus.UNASSIGNED);
        assertThat(k2.ongoing()).isTrue();
        assertThat(accounts.unit("SEED-GXT")).isPresent();

        tasks.assign(coordinator, k2.id(), k2.version(), "SEED-GXT");
        plans.importPlan("seed.yaml", PLAN);
        Task again = tasks.find(coordinator, "seed-plan", "K2").orElseThrow();
        assertThat(again.lead()).isEqualTo("SEED-GXT");
        assertThat(again.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(tasks.list(coordinator, new TaskFilter("seed-plan", null, null, null, null)))
                .hasSize(2);
    }
}
