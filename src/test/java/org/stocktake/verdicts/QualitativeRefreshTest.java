package org.stocktake.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.assessment.Method;
import org.stocktake.supervision.Light;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskService;

/**
 * A qualitative target is judged from the lights of its tasks, so closing a task out (销号, its
 * light turns blue) stores a fresh verdict of the target: supervision announces the light, the
 * verdicts hear it after the commit. T04 of the Hunan plan has one task, K03.1.
 */
class QualitativeRefreshTest extends SupervisionTest {

    private static final String PLAN = "hunan-central-2021";

    @Autowired
    VerdictService verdicts;

    @Autowired
    TaskService tasks;

    @Autowired
    SupervisionService supervision;

    private TargetVerdict t04() {
        return verdicts.current(PLAN).stream()
                .filter(v -> v.target().equals("T04") && v.method() == Method.SCHEDULE)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void closingTheOnlyTaskOfAQualitativeTargetGivesTheTargetAFreshVerdict() {
        TargetVerdict before = t04();
        assertThat(before.verdict().figures().progress())
                .as("share of its tasks closed")
                .isZero();
        assertThat(before.verdict().explanation().zh()).contains("已销号0项");

        String lead = unit("dept", "department", "430000");
        Actor liaison = user("liaison", Role.LIAISON, lead);
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Task task = tasks.find(coordinator, PLAN, "K03.1").orElseThrow();
        task = tasks.assign(coordinator, task.id(), task.version(), lead);
        supervision.claim(liaison, task.id(), "八大工程年度任务完成，附验收报告");
        Task closed = supervision.reviewClaim(coordinator, task.id(), true, "同意销号");
        assertThat(closed.light()).isEqualTo(Light.BLUE);
        awaitListeners();

        TargetVerdict after = t04();
        assertThat(after.verdict().figures().progress()).isEqualTo(1.0);
        assertThat(after.verdict().explanation().zh()).contains("已销号1项");
    }
}
