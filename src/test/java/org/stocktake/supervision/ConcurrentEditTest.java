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

    @Autowired
    TaskService tasks;

    @Test
    void theSecondSaveOfTheSameVersionIsRefusedWithAClearMessage() {
        String lead = unit("dept", "department", "430000");
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Actor liaison = user("liaison", Role.LIAISON, lead);
        Task task =
                tasks.create(coordinator, TaskDraft.of("conflict", "C1", "原任务", lead, LocalDate.of(2026, 1, 1), null));

        Task first = tasks.edit(liaison, task.id(), task.version(), draft(task).withDeliverable("联络员的成果形式"));
        assertThatThrownBy(() -> tasks.edit(
                        coordinator, task.id(), task.version(), draft(task).withTitle("协调员的标题")))
                .isInstanceOf(TaskConflictException.class)
                .hasMessageContaining("C1")
                .hasMessageContaining("reload")
                .satisfies(e -> assertThat(((TaskConflictException) e).message(Locale.SIMPLIFIED_CHINESE))
                        .contains("请刷新后重新修改"));

        Task kept = tasks.get(coordinator, task.id());
        assertThat(kept.deliverable()).isEqualTo("联络员的成果形式");
        assertThat(kept.title()).isEqualTo("原任务");
        tasks.edit(coordinator, task.id(), kept.version(), draft(kept).withTitle("协调员的标题"));
        Task stored = tasks.get(liaison, task.id());
        assertThat(stored.title()).isEqualTo("协调员的标题");
        assertThat(stored.deliverable()).isEqualTo("联络员的成果形式");
        assertThat(stored.version()).isGreaterThan(first.version());
    }

    @Test
    void ofTwoSimultaneousSavesExactlyOneWins() throws Exception {
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Actor other = user("coord", Role.COORDINATOR, null);
        Task task =
                tasks.create(coordinator, TaskDraft.of("conflict", "C2", "原任务", null, LocalDate.of(2026, 1, 1), null));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Task>> results = new ArrayList<>();
        for (Actor actor : List.of(coordinator, other)) {
            results.add(pool.submit(() -> {
                start.await();
                return tasks.edit(
                        actor, task.id(), task.version(), draft(task).withTitle("由 " + actor.username() + " 修改"));
            }));
        }
        start.countDown();
        int won = 0;
        int conflicts = 0;
        String winner = null;
        for (int i = 0; i < results.size(); i++) {
            try {
                results.get(i).get();
                winner = "由 " + List.of(coordinator, other).get(i).username() + " 修改";
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(TaskConflictException.class);
                conflicts++;
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(conflicts).isEqualTo(1);
        Task stored = tasks.get(coordinator, task.id());
        assertThat(stored.version()).isEqualTo(task.version() + 1);
        assertThat(stored.title())
                .as("the stored title is the winner's, not the loser's")
                .isEqualTo(winner);
    }

    private static TaskDraft draft(Task t) {
        return new TaskDraft(
                t.planCode(),
                t.code(),
                null,
                t.article(),
                t.title(),
                t.lead(),
                t.coUnits(),
                t.startDate(),
                t.deadline(),
                t.cycle(),
                t.dueDay(),
                t.deliverable(),
                t.milestones(),
                t.targets(),
                t.indicators());
    }
}
