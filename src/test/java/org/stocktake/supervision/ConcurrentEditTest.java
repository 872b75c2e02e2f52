package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;

/** Two users save the same task at once: the second gets a clear conflict message and nothing is lost. */
class ConcurrentEditTest extends SupervisionTest {

    @Autowired TaskService tasks;

    @Test
    void theSecondSaveOfTheSameVersionIsRefusedWithAClearMessage() {
        String lead = unit("dept", "department", "430000");
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Actor liaison = user("liaison", Role.LIAISON, lead);
        Task task = tasks.create(coordinator, TaskDraft.of("conflict", "C1", "原任务", lead, LocalDate.of(2026, 1, 1), null));

        Task first = tasks.edit(liaison, task.id(), task.version(), draft(task).withDeliverable("联络员的成果形式"));
        assertThatThrownBy(() -> tasks.edit(coordinator, task.id(), task.version(), draft(task).withTitle("协调员的标题")))
                .isInstanceOf(TaskConflictException.class)
                .hasMessageContaining("C1").hasMessageContaining("reload")
                .satisfies(e -> assertThat(((TaskConflictException) e).message(Locale.SIMPLIFIED_CHINESE)).contains("请刷新后重新修改"));

        Task kept = tasks.get(coordinator, task.id());
        assertThat(kept.deliverable()).isEqualTo("联络员的成果形式");
        assertThat(kept.title()).isEqualTo("原任务");
        Task second = tasks.edit(coordinator, task.id(), kept.version(), draft(kept).withTitle("协调员的标题"));
        assertThat(second.title()).isEqualTo("协调员的标题");
        assertThat(second.deliverable()).isEqualTo("联络员的成果形式");
        assertThat(second.version()).isGreaterThan(first.version());
    }

    @Test
    void ofTwoSimultaneousSavesExactlyOneWins() throws Exception {
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Actor other = user("coord", Role.COORDINATOR, null);
        Task task = tasks.create(coordinator, TaskDraft.of("conflict", "C2", "原任务", null, LocalDate.of(2026, 1, 1), null));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Task>> results = new ArrayList<>();
        for (Actor actor : List.of(coordinator, other)) {
            results.add(pool.submit(() -> {
                start.await();
                return tasks.edit(actor, task.id(), task.version(), draft(task).withTitle("由 " + actor.username() + " 修改"));
            }));
        }
        start.countDown();
        int won = 0;
        int conflicts = 0;
        for (Future<Task> result : results) {
            try {
                result.get();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(TaskConflictException.class);
                conflicts++;
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(conflicts).isEqualTo(1);
        assertThat(tasks.get(coordinator, task.id()).version()).isEqualTo(task.version() + 1);
    }

    private static TaskDraft draft(Task t) {
        return new TaskDraft(t.planCode(), t.code(), null, t.article(), t.title(), t.lead(), t.coUnits(), t.startDate(),
                t.deadline(), t.cycle(), t.dueDay(), t.deliverable(), t.milestones(), t.targets(), t.indicators());
    }
}
