package org.stocktake.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.supervision.ProgressService;
import org.stocktake.supervision.Report;
import org.stocktake.supervision.Rung;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;
import org.stocktake.supervision.Update;

/**
 * Every supervision page renders for the roles that use it, in both languages, with a task in
 * every state the templates show; attachments go up and come back down as safe downloads; a lead
 * unit's report consolidates its co-units' inputs.
 */
class SupervisionPagesTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    SupervisionService supervision;

    @Autowired
    org.stocktake.notifications.InboxService inbox;

    @Test
    void everyPageRendersInBothLanguages() {
        clock().set(LocalDate.of(2026, 3, 10));
        String lead = unit("lead", "prefecture", "430700");
        String co = unit("co", "county", "430702");
        Actor coordinator = login(user("coord", Role.COORDINATOR, null));
        Actor liaison = login(user("liaison", Role.LIAISON, lead));
        Actor admin = login(user("admin", Role.ADMIN, null));
        Task task = tasks.create(
                coordinator,
                TaskDraft.of("pages", "P1", "建设常德综合交通枢纽", lead, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                        .withCoUnits(List.of(co)));
        progress.submit(liaison, task.id(), new Report(null, "进展", "问题", "打算", 30));
        supervision.issue(coordinator, task.id(), Rung.LETTER, null, "督办函", LocalDate.of(2026, 3, 20));
        supervision.requestExtension(liaison, task.id(), LocalDate.of(2027, 3, 31), "工期");
        supervision.claim(liaison, task.id(), "佐证");

        for (String lang : List.of("zh-CN", "en")) {
            for (String path : List.of(
                    "/tasks",
                    "/tasks/" + task.id(),
                    "/my-unit",
                    "/supervision",
                    "/scores?plan=pages",
                    "/inbox",
                    "/audit")) {
                Actor who = path.equals("/my-unit") ? liaison : coordinator;
                HttpResponse<String> page = session(who).page(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(page.statusCode()).as(path + " " + lang).isEqualTo(200);
                assertThat(page.body()).as(path).contains("<h1").doesNotContain("??");
            }
            assertThat(session(admin).page("/admin?lang=" + lang).statusCode()).isEqualTo(200);
        }
        String detail = session(coordinator).page("/tasks/" + task.id()).body();
        assertThat(detail).contains("review-claim", "督办函", "工期");
        assertThat(session(liaison).page("/audit").statusCode()).isEqualTo(403);
        assertThat(session(coordinator).page("/tasks/" + task.id() + "?lang=en").body())
                .contains("a progress report is late");
        var unread = inbox.inbox(liaison).get(0);
        assertThat(session(liaison)
                        .form("/inbox/" + unread.id() + "/read", java.util.Map.of(), "/inbox")
                        .statusCode())
                .isEqualTo(302);
        assertThat(inbox.inbox(liaison).get(0).read()).isTrue();
        assertThat(inbox.unread(liaison))
                .isEqualTo(inbox.inbox(liaison).stream().filter(m -> !m.read()).count());
        assertThat(session(coordinator).page("/audit.csv").body()).startsWith("id,at,actor");
        assertThat(session(coordinator).page("/tasks.xlsx?plan=pages").headers().firstValue("Content-Type"))
                .get()
                .asString()
                .contains("spreadsheetml");
    }

    @Test
    void attachmentsAreCheckedStoredAndServedAsDownloads() throws Exception {
        clock().set(LocalDate.of(2026, 3, 10));
        String lead = unit("lead", "department", "430000");
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Actor liaison = user("liaison", Role.LIAISON, lead);
        String token = accounts.issueToken(admin(), liaison.username(), "test");
        Task task =
                tasks.create(coordinator, TaskDraft.of("pages", "P2", "附件任务", lead, LocalDate.of(2026, 1, 1), null));
        Update update = progress.submit(liaison, task.id(), new Report(null, "进展", null, null, 10));

        HttpResponse<String> good =
                upload(token, update.id(), "../报告.pdf", "%PDF-1.4 report".getBytes(StandardCharsets.UTF_8));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
        assertThat(good.body()).contains("\"fileName\":\"报告.pdf\"");
        HttpResponse<String> fake =
                upload(token, update.id(), "evil.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(fake.body()).contains("not a .pdf");

        long id =
                progress.updates(liaison, task.id()).get(0).attachments().get(0).id();
        HttpResponse<String> download = Http.token(port, token).get("/api/v1/attachments/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.body()).startsWith("%PDF");
        assertThat(Http.anonymous(port).get("/api/v1/attachments/" + id).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theLeadUnitsReportConsolidatesTheCoUnitsInputs() {
        clock().set(LocalDate.of(2026, 3, 10));
        String lead = unit("lead", "department", "430000");
        String co = unit("co", "prefecture", "430800");
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Actor leadLiaison = user("ll", Role.LIAISON, lead);
        Actor coLiaison = user("cl", Role.LIAISON, co);
        Task task = tasks.create(
                coordinator,
                TaskDraft.of("pages", "P3", "汇总任务", lead, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                        .withCoUnits(List.of(co)));
        Update input = progress.submit(coLiaison, task.id(), new Report(null, "张家界部分完成", null, null, 50));
        assertThat(tasks.get(coordinator, task.id()).percent()).isZero();
        Update consolidated = progress.submit(leadLiaison, task.id(), new Report(null, "全省汇总", null, null, 40));
        assertThat(consolidated.period()).isEqualTo(input.period());
        List<Update> all = progress.updates(coordinator, task.id());
        assertThat(all)
                .filteredOn(u -> u.id() == input.id())
                .extracting(Update::status)
                .containsExactly(org.stocktake.supervision.UpdateStatus.CONSOLIDATED);
        assertThat(tasks.get(coordinator, task.id()).percent()).isEqualTo(40);
        assertThat(tasks.list(coLiaison, org.stocktake.supervision.TaskFilter.ALL))
                .extracting(Task::id)
                .contains(task.id());
    }

    private final java.util.Map<String, Http> sessions = new java.util.HashMap<>();

    private Actor login(Actor actor) {
        accounts.changePassword(actor.username(), PASSWORD, PASSWORD + "!");
        sessions.put(actor.username(), Http.session(port, actor.username(), PASSWORD + "!"));
        return actor;
    }

    private Http session(Actor actor) {
        return sessions.get(actor.username());
    }

    private HttpResponse<String> upload(String token, long updateId, String name, byte[] content) throws Exception {
        String boundary = "----stocktake" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/updates/" + updateId + "/attachments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
