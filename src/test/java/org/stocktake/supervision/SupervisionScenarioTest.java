package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditEntry;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.Role;
import org.stocktake.notifications.InboxService;

/**
 * One task walked through the whole loop with a fixed clock: assignment, a late report (yellow),
 * a missed deadline (red), a 督办函, an extension, a completion claim, a return, a second claim and
 * 销号 (blue) — checking the light, the inbox, the e-mail and the audit log at each step.
 */
class SupervisionScenarioTest extends SupervisionTest {

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    SupervisionService supervision;

    @Autowired
    LightService lights;

    @Autowired
    InboxService inbox;

    @Autowired
    AuditService audit;

    @Autowired
    DailyRun daily;

    @Autowired
    JdbcClient jdbc;

    private long auditBefore;

    @Test
    void aTaskFromAssignmentToCloseOut() throws Exception {
        auditBefore = jdbc.sql("select coalesce(max(id), 0) from accounts_audit")
                .query(Long.class)
                .single();
        clock().set(LocalDate.of(2026, 1, 10));
        String lead = unit("dept", "department", "430000");
        Actor liaison = userWithMail("liaison", Role.LIAISON, lead);
        Actor coordinator = user("coord", Role.COORDINATOR, null);

        Task task = tasks.create(
                coordinator,
                TaskDraft.of("scenario", "S1", "建设数字政府一体化平台", lead, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))
                        .withDeliverable("平台上线"));
        step(task, Light.GREEN, liaison, "新任务 S1", "task", task.code(), "create");

        clock().set(LocalDate.of(2026, 2, 3));
        Update january = progress.submit(liaison, task.id(), new Report(null, "完成需求调研", "无", "开展设计", 20));
        assertThat(january.period()).isEqualTo("2026-01");
        assertThat(january.late()).isFalse();
        assertThat(lights.evaluate(task.id())).isEqualTo(Light.GREEN);

        clock().set(LocalDate.of(2026, 3, 6));
        daily.run();
        step(task, Light.YELLOW, liaison, "S1 亮黄灯", "task", task.code(), "light");
        assertThat(lights.history(task.id())
                        .get(lights.history(task.id()).size() - 1)
                        .reasons())
                .contains("late_report");
        assertThat(supervision.records(coordinator, task.id()))
                .extracting(SupervisionRecord::rung)
                .containsExactly(Rung.REMINDER);

        clock().set(LocalDate.of(2026, 3, 7));
        Update february = progress.submit(liaison, task.id(), new Report(null, "完成设计", null, "开发", 40));
        assertThat(february.period()).isEqualTo("2026-02");
        assertThat(february.late()).isTrue();
        assertThat(current(task).light()).isEqualTo(Light.GREEN);

        clock().set(LocalDate.of(2026, 7, 1));
        daily.run();
        step(task, Light.RED, liaison, "S1 亮红灯", "task", task.code(), "light");
        assertThat(lights.history(task.id())
                        .get(lights.history(task.id()).size() - 1)
                        .reasons())
                .contains("past_deadline");
        assertThat(supervision.records(coordinator, task.id()))
                .extracting(SupervisionRecord::rung)
                .containsExactly(Rung.REMINDER, Rung.URGE);

        SupervisionRecord letter =
                supervision.issue(coordinator, task.id(), Rung.LETTER, null, "请说明逾期原因", LocalDate.of(2026, 7, 8));
        assertThat(letter.toUnit()).isEqualTo(lead);
        step(task, Light.RED, liaison, "督办函 S1", "record", letter.id(), "issue");

        clock().set(LocalDate.of(2026, 7, 2));
        supervision.respond(liaison, letter.id(), "因招标延误，已完成开发，申请延期一个月");
        // The system's 催办 is answered too: a task is not closed out over an unanswered one.
        SupervisionRecord urge = supervision.records(coordinator, task.id()).stream()
                .filter(r -> r.rung() == Rung.URGE)
                .findFirst()
                .orElseThrow();
        supervision.respond(liaison, urge.id(), "正加快推进");
        progress.submit(liaison, task.id(), new Report("2026-05", "开发中", null, "测试", 85));
        progress.submit(liaison, task.id(), new Report(null, "开发完成", null, "上线", 90));
        Extension extension = supervision.requestExtension(liaison, task.id(), LocalDate.of(2026, 7, 31), "招标延误");
        assertThat(inbox.inbox(coordinator)).anyMatch(m -> m.subject().contains("延期申请 S1"));
        Extension approved = supervision.decideExtension(coordinator, extension.id(), true, "同意延期至7月底");
        assertThat(approved.status()).isEqualTo(ExtensionStatus.APPROVED);
        assertThat(current(task).deadline()).isEqualTo(LocalDate.of(2026, 7, 31));
        step(task, Light.GREEN, liaison, "延期已批准 S1", "extension", extension.id(), "approve");

        clock().set(LocalDate.of(2026, 7, 10));
        supervision.claim(liaison, task.id(), "平台已上线，附验收报告");
        assertThat(current(task).status()).isEqualTo(TaskStatus.CLAIMED);
        assertThat(inbox.inbox(coordinator)).anyMatch(m -> m.subject().contains("申报完成 S1"));
        assertThatThrownBy(() -> supervision.claim(liaison, task.id(), "again"))
                .isInstanceOf(TaskStateException.class)
                .hasMessageContaining("claimed");

        clock().set(LocalDate.of(2026, 7, 11));
        supervision.reviewClaim(coordinator, task.id(), false, "缺少验收材料");
        assertThat(current(task).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        step(task, Light.GREEN, liaison, "完成申报被退回 S1", "task", task.code(), "return-claim");

        clock().set(LocalDate.of(2026, 7, 15));
        supervision.claim(liaison, task.id(), "补充验收材料");
        clock().set(LocalDate.of(2026, 7, 16));
        Task closed = supervision.reviewClaim(coordinator, task.id(), true, "同意销号");
        assertThat(closed.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 7, 16));
        step(task, Light.BLUE, liaison, "已销号 S1", "task", task.code(), "close");

        assertThat(supervision.timeline(liaison, task.id()))
                .extracting(TimelineEntry::kind)
                .contains("update", "light", "record", "extension", "claim");
        assertThat(lights.history(task.id()))
                .extracting(LightChange::light)
                .containsSubsequence(Light.GREEN, Light.YELLOW, Light.GREEN, Light.RED, Light.GREEN, Light.BLUE);
    }

    /**
     * The light is as expected, the liaison's inbox and mailbox got the message, the audit log has
     * the action on the entity since this test began (other tests share the log and reuse task codes).
     */
    private void step(
            Task task, Light light, Actor liaison, String subject, String entity, Object entityId, String auditAction)
            throws Exception {
        assertThat(current(task).light()).as(subject).isEqualTo(light);
        assertThat(inbox.inbox(liaison))
                .as("inbox: " + subject)
                .anyMatch(m -> m.subject().contains(subject));
        MAIL.waitForIncomingEmail(5000, 1);
        List<MimeMessage> mails = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> to(m, liaison))
                .toList();
        assertThat(mails).as("e-mail: " + subject).anyMatch(m -> subject(m).contains(subject));
        List<AuditEntry> log = audit.find(entity, String.valueOf(entityId), null);
        assertThat(log)
                .as("audit: " + auditAction)
                .anyMatch(e -> e.action().equals(auditAction) && e.id() > auditBefore);
    }

    private Task current(Task task) {
        return tasks.tasksById(task.id());
    }

    private static boolean to(MimeMessage m, Actor actor) {
        try {
            return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().startsWith(actor.username() + "@"));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
