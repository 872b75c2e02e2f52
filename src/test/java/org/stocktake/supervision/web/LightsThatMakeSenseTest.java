package org.stocktake.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.shared.LocalizedText;
import org.stocktake.supervision.Extension;
import org.stocktake.supervision.Light;
import org.stocktake.supervision.LightService;
import org.stocktake.supervision.ProgressService;
import org.stocktake.supervision.Report;
import org.stocktake.supervision.ReportingRate;
import org.stocktake.supervision.Rung;
import org.stocktake.supervision.ScoreService;
import org.stocktake.supervision.SupervisionRecord;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;
import org.stocktake.supervision.TaskStatus;

/**
 * The supervision oddities of issue 12, each as a person meets it over HTTP: a task assigned
 * today is not red; a red task nobody leads waits in the coordinator's queue; an approved
 * extension turns the light back; a pending completion claim is not green; no close-out over an
 * unanswered 催办; days to close count from assignment; and reporting completeness, worked by hand.
 */
class LightsThatMakeSenseTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    SupervisionService supervision;

    @Autowired
    LightService lights;

    @Autowired
    ScoreService scores;

    private final Map<String, Http> sessions = new HashMap<>();

    @Test
    void aTaskAssignedTodayIsGreenWithNoUrgingUntilItsGracePeriodPasses() {
        clock().set(LocalDate.of(2026, 6, 10));
        String unit = unit("grace", "department", "430000");
        Actor coordinator = login(user("coord", Role.COORDINATOR, null));
        Task task = tasks.create(
                coordinator,
                TaskDraft.of("grace", "G1", "十四五以来的任务", null, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31)));

        Task assigned = tasks.assign(
                coordinator, task.id(), tasks.get(coordinator, task.id()).version(), unit);

        assertThat(assigned.light()).isEqualTo(Light.GREEN);
        assertThat(supervision.records(coordinator, task.id())).isEmpty();
        String page = session(coordinator).page("/tasks/" + task.id()).body();
        assertThat(page).contains("新分配任务，宽限期内暂不预警").doesNotContain("进展逾期未报");

        clock().set(LocalDate.of(2026, 6, 23));
        assertThat(lights.evaluate(task.id())).isEqualTo(Light.GREEN);
        assertThat(supervision.records(coordinator, task.id())).isEmpty();

        // 14 days on, the June report (due 5 July) is late: now the unit is reminded.
        clock().set(LocalDate.of(2026, 7, 6));
        assertThat(lights.evaluate(task.id())).isEqualTo(Light.YELLOW);
        assertThat(lights.reasons(task.id())).contains("late_report");
        assertThat(supervision.records(coordinator, task.id()))
                .extracting(SupervisionRecord::rung)
                .containsExactly(Rung.REMINDER);
    }

    @Test
    void aRedTaskWithNoLeadUnitWaitsInTheCoordinatorsQueueAndNobodyIsUrged() {
        clock().set(LocalDate.of(2026, 1, 5));
        Actor coordinator = login(user("coord", Role.COORDINATOR, null));
        Task task = tasks.create(
                coordinator,
                TaskDraft.of("queue", "Q1", "无人牵头的任务", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        clock().set(LocalDate.of(2026, 4, 2));

        assertThat(lights.evaluate(task.id())).isEqualTo(Light.RED);

        String page = session(coordinator).page("/supervision?plan=queue").body();
        String queue = between(page, "id=\"queue\"", "</table>");
        assertThat(queue).contains("无人牵头的任务").contains("尚未分配牵头单位");
        assertThat(page).doesNotContain("id=\"alerts\"");
        assertThat(supervision.records(coordinator, task.id())).isEmpty();
        String english =
                session(coordinator).page("/supervision?plan=queue&lang=en").body();
        assertThat(between(english, "id=\"queue\"", "</table>")).contains("no lead unit yet");
    }

    @Test
    void anApprovedExtensionTurnsTheLightBack() {
        clock().set(LocalDate.of(2026, 1, 1));
        String unit = unit("ext", "department", "430000");
        Actor coordinator = login(user("coord", Role.COORDINATOR, null));
        Actor liaison = user("l", Role.LIAISON, unit);
        Task task = tasks.create(
                coordinator,
                quarterly(
                        TaskDraft.of("ext", "E1", "延期的任务", unit, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))));
        clock().set(LocalDate.of(2026, 4, 2));
        assertThat(lights.evaluate(task.id())).isEqualTo(Light.RED);
        Extension asked = supervision.requestExtension(liaison, task.id(), LocalDate.of(2026, 9, 30), "征地拆迁推迟");

        HttpResponse<String> decided = session(coordinator)
                .form(
                        "/extensions/" + asked.id() + "/decide",
                        Map.of("task", String.valueOf(task.id()), "accept", "true", "reason", "同意"),
                        "/tasks/" + task.id());
        assertThat(decided.statusCode()).isEqualTo(302);

        assertThat(tasks.get(coordinator, task.id()).deadline()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(tasks.get(coordinator, task.id()).light()).isEqualTo(Light.GREEN);
        assertThat(session(coordinator).page("/tasks/" + task.id()).body()).contains("class=\"light light-green\"");
    }

    @Test
    void aTaskWithAPendingCompletionClaimIsNotShownGreen() {
        clock().set(LocalDate.of(2026, 1, 1));
        String unit = unit("claim", "department", "430000");
        Actor coordinator = login(user("coord", Role.COORDINATOR, null));
        Actor liaison = user("l", Role.LIAISON, unit);
        Task task = tasks.create(
                coordinator,
                TaskDraft.of("claim", "C1", "申报完成的任务", unit, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        clock().set(LocalDate.of(2026, 2, 3));
        progress.submit(liaison, task.id(), new Report("2026-01", "推进中", null, null, 40));
        clock().set(LocalDate.of(2026, 2, 10));

        supervision.claim(liaison, task.id(), "已完成");

        Task claimed = tasks.get(coordinator, task.id());
        assertThat(claimed.light()).isEqualTo(Light.YELLOW);
        assertThat(session(coordinator).page("/tasks/" + task.id()).body())
                .contains("已申报完成，等待协调人审核销号")
                .doesNotContain("class=\"light light-green\"");
        assertThat(supervision.records(coordinator, task.id())).isEmpty();
    }

    @Test
    void closeOutIsRefusedInWordsWhileAnUrgingNoticeIsUnanswered() {
        clock().set(LocalDate.of(2026, 1, 1));
        String unit = unit("close", "department", "430000");
        Actor coordinator = login(user("coord", Role.COORDINATOR, null));
        Actor liaison = user("l", Role.LIAISON, unit);
        Task task = tasks.create(
                coordinator,
                TaskDraft.of("close", "X1", "被催办的任务", unit, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        clock().set(LocalDate.of(2026, 2, 3));
        SupervisionRecord urge =
                supervision.issue(coordinator, task.id(), Rung.URGE, null, "请加快", LocalDate.of(2026, 2, 10));
        supervision.claim(liaison, task.id(), "已完成");

        HttpResponse<String> refused = session(coordinator)
                .form(
                        "/tasks/" + task.id() + "/claim/review",
                        Map.of("accept", "true", "reason", "同意"),
                        "/tasks/" + task.id());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(session(coordinator).page("/tasks/" + task.id()).body()).contains("还有 1 份催办或督办函未答复，答复后才能销号");
        assertThat(tasks.get(coordinator, task.id()).status()).isEqualTo(TaskStatus.CLAIMED);

        supervision.respond(liaison, urge.id(), "已加快推进");
        supervision.reviewClaim(coordinator, task.id(), true, "同意");
        assertThat(tasks.get(coordinator, task.id()).light()).isEqualTo(Light.BLUE);
    }

    @Test
    void averageDaysToCloseCountFromAssignmentNotFromThePlansStart() {
        clock().set(LocalDate.of(2026, 6, 10));
        String unit = unit("days", "department", "430000");
        Actor coordinator = login(user("coord", Role.COORDINATOR, null));
        Actor liaison = user("l", Role.LIAISON, unit);
        Task task = tasks.create(
                coordinator,
                TaskDraft.of("days", "D1", "今天分配的任务", null, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31)));
        tasks.assign(coordinator, task.id(), tasks.get(coordinator, task.id()).version(), unit);
        clock().set(LocalDate.of(2026, 6, 15));
        supervision.claim(liaison, task.id(), "完成");
        supervision.reviewClaim(coordinator, task.id(), true, "同意");

        assertThat(scores.scores("days").get(0).averageDaysToClose()).isEqualTo(5.0);
        String page = session(coordinator).page("/scores?plan=days").body();
        assertThat(between(page, "class=\"num days\"", "</td>")).endsWith(">5");
    }

    /**
     * Reporting completeness by hand. Monthly reports are due on the 5th of the next month; the
     * window runs from 1 January to 10 May 2026, so the reports of January to April fall due.
     *
     * <pre>
     * unit    region   task  period  in on    due    on time?
     * A       431100   A1    2026-01 02-03    02-05  yes
     *                        2026-02 03-04    03-05  yes
     *                        2026-03 04-20    04-05  late
     *                        2026-04 05-05    05-05  yes        A: 4 due, 4 in, 3 on time: 100 %, 75 %
     * B       431200   B1    2026-01 02-05    02-05  yes
     *                        2026-02 —        03-05  missing
     *                        2026-03 —        04-05  missing
     *                        2026-04 05-01    05-05  yes        B: 4 due, 2 in, 2 on time: 50 %, 50 %
     * C       431100   C1    2026Q1  04-03    04-05  yes (quarterly) C: 1 due, 1 in, 1 on time
     * region 431100 (A + C): 5 due, 5 in, 4 on time: 100 %, 80 %
     * region 431200 (B):     4 due, 2 in, 2 on time: 50 %, 50 %
     * </pre>
     */
    @Test
    void reportingCompletenessPerUnitAndRegionAsWorkedByHand() {
        clock().set(LocalDate.of(2026, 1, 1));
        String a = namedUnit("rate-a", "永州市发改委", "Yongzhou DRC", "431100");
        String b = namedUnit("rate-b", "怀化市发改委", "Huaihua DRC", "431200");
        String c = namedUnit("rate-c", "永州市交通局", "Yongzhou Transport", "431100");
        Actor coordinator = login(user("coord", Role.COORDINATOR, null));
        Actor la = user("la", Role.LIAISON, a);
        Actor lb = user("lb", Role.LIAISON, b);
        Actor lc = user("lc", Role.LIAISON, c);
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 12, 31);
        Task a1 = tasks.create(coordinator, TaskDraft.of("rates", "A1", "甲任务", a, start, end));
        Task b1 = tasks.create(coordinator, TaskDraft.of("rates", "B1", "乙任务", b, start, end));
        Task c1 = tasks.create(coordinator, quarterly(TaskDraft.of("rates", "C1", "丙任务", c, start, end)));

        report(la, a1, "2026-01", LocalDate.of(2026, 2, 3));
        report(lb, b1, "2026-01", LocalDate.of(2026, 2, 5));
        report(la, a1, "2026-02", LocalDate.of(2026, 3, 4));
        report(lc, c1, "2026Q1", LocalDate.of(2026, 4, 3));
        report(la, a1, "2026-03", LocalDate.of(2026, 4, 20));
        report(lb, b1, "2026-04", LocalDate.of(2026, 5, 1));
        report(la, a1, "2026-04", LocalDate.of(2026, 5, 5));
        clock().set(LocalDate.of(2026, 5, 10));

        var rates = scores.reportingRates("rates", start, LocalDate.of(2026, 5, 10));
        assertThat(rates.units())
                .extracting(ReportingRate::code, ReportingRate::due, ReportingRate::submitted, ReportingRate::onTime)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(a, 4, 4, 3),
                        org.assertj.core.groups.Tuple.tuple(b, 4, 2, 2),
                        org.assertj.core.groups.Tuple.tuple(c, 1, 1, 1));
        assertThat(rates.regions())
                .extracting(ReportingRate::code, ReportingRate::due, ReportingRate::submitted, ReportingRate::onTime)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("431100", 5, 5, 4),
                        org.assertj.core.groups.Tuple.tuple("431200", 4, 2, 2));
        assertThat(rates.units().get(0).onTimeRate()).isEqualTo(0.75);
        assertThat(rates.regions().get(0).onTimeRate()).isEqualTo(0.8);

        String page = session(coordinator).page("/supervision?plan=rates").body();
        String unitA = between(page, "data-code=\"" + a + "\"", "</tr>");
        assertThat(unitA).contains("永州市发改委").contains(">100%<").contains(">75%<");
        String unitB = between(page, "data-code=\"" + b + "\"", "</tr>");
        assertThat(unitB).contains(">50%<");
        String region = between(page, "data-code=\"431100\"", "</tr>");
        assertThat(region).contains(">80%<").doesNotContain(">431100<");
    }

    /** The draft with a quarterly reporting cycle (due on the 5th after each quarter). */
    private static TaskDraft quarterly(TaskDraft d) {
        return new TaskDraft(
                d.planCode(),
                d.code(),
                null,
                null,
                d.title(),
                d.lead(),
                List.of(),
                d.startDate(),
                d.deadline(),
                org.stocktake.supervision.Cycle.QUARTERLY,
                5,
                null,
                Map.of(),
                List.of(),
                List.of());
    }

    private void report(Actor liaison, Task task, String period, LocalDate on) {
        clock().set(on);
        progress.submit(liaison, task.id(), new Report(period, "进展 " + period, null, null, 10));
    }

    private String namedUnit(String prefix, String zh, String en, String region) {
        String code = prefix + "-" + System.nanoTime() % 100000;
        accounts.saveUnit(admin(), new OrgUnit(code, new LocalizedText(zh, en), "prefecture", region));
        return code;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("page has " + from).isNotNegative();
        int end = text.indexOf(to, start + from.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private Actor login(Actor actor) {
        accounts.changePassword(actor.username(), PASSWORD, PASSWORD + "!");
        sessions.put(actor.username(), Http.session(port, actor.username(), PASSWORD + "!"));
        return actor;
    }

    private Http session(Actor actor) {
        return sessions.get(actor.username());
    }
}
