package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.notifications.InboxService;

/** Unit scores with configurable points, and reminders before due days, each sent once. */
class ScoresAndRemindersTest extends SupervisionTest {

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    SupervisionService supervision;

    @Autowired
    ScoreService scores;

    @Autowired
    InboxService inbox;

    @Autowired
    DailyRun daily;

    @Test
    void scoresCountLateAndReturnedReportsAndOnTimeCloseOuts() {
        clock().set(LocalDate.of(2026, 1, 10));
        String good = unit("good", "department", "430000");
        String slow = unit("slow", "department", "430000");
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Actor goodLiaison = user("g", Role.LIAISON, good);
        Actor slowLiaison = user("s", Role.LIAISON, slow);
        Task a = tasks.create(
                coordinator,
                TaskDraft.of("scores", "G1", "按时任务", good, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        Task b = tasks.create(
                coordinator,
                TaskDraft.of("scores", "S1", "迟缓任务", slow, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        clock().set(LocalDate.of(2026, 2, 3));
        progress.submit(goodLiaison, a.id(), new Report(null, "按时", null, null, 50));
        clock().set(LocalDate.of(2026, 2, 20));
        Update late = progress.submit(slowLiaison, b.id(), new Report(null, "迟报", null, null, 10));
        progress.review(coordinator, late.id(), false, "数据不全");
        clock().set(LocalDate.of(2026, 3, 20));
        supervision.claim(goodLiaison, a.id(), "完成");
        supervision.reviewClaim(coordinator, a.id(), true, "同意");
        clock().set(LocalDate.of(2026, 4, 2));

        var table = scores.scores("scores");
        assertThat(table).extracting(UnitScore::unit).containsExactly(good, slow);
        UnitScore g = table.get(0);
        assertThat(g.score()).isEqualTo(100);
        assertThat(g.onTimeRate()).isEqualTo(1.0);
        assertThat(g.averageDaysToClose()).isEqualTo(78.0);
        UnitScore s = table.get(1);
        assertThat(s.lateReports()).isEqualTo(1);
        assertThat(s.returnedReports()).isEqualTo(1);
        assertThat(s.overdue()).isEqualTo(1);
        assertThat(s.score()).isEqualTo(100 - 2 - 1 - 5);

        tasks.configureRules(coordinator, "scores", new Rules(7, 10, 30, true, 3, 100, 10, 10, 10));
        assertThat(scores.scores("scores").get(1).score()).isEqualTo(70);
    }

    @Test
    void remindersGoOutBeforeTheDueDayOnce() {
        clock().set(LocalDate.of(2026, 1, 10));
        String unit = unit("remind", "department", "430000");
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Actor liaison = user("r", Role.LIAISON, unit);
        tasks.create(
                coordinator,
                TaskDraft.of("remind", "R1", "提醒任务", unit, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        clock().set(LocalDate.of(2026, 2, 3));
        daily.run();
        daily.run();
        assertThat(inbox.inbox(liaison))
                .filteredOn(m -> m.subject().startsWith("报送提醒 R1 2026-01"))
                .hasSize(1);
    }
}
