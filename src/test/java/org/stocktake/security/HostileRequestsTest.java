package org.stocktake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Lanes;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.supervision.ProgressService;
import org.stocktake.supervision.Report;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;

/**
 * Hostile input over real HTTP: every page and API read with NUL bytes, traversal names, huge
 * numbers, unknown codes, bad dates and bad enumerations in every parameter; unparsable JSON, wrong
 * types, missing parameters, wrong methods, stale versions, unknown ids; uploads that are not
 * workbooks, carry traversal names or are far too large. Never a 5xx; a 4xx is an RFC 9457 problem
 * under /api and a page in words elsewhere; nothing names a server path or a Java class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest extends SupervisionTest {

    /** Every read: {v} stands for the hostile value, in paths and in every parameter. */
    static final List<String> READS = List.of(
            "/?plan={v}",
            "/plan?plan={v}",
            "/targets?plan={v}",
            "/regions",
            "/cockpit?plan={v}",
            "/map?indicator={v}&period={v}&group={v}&by={v}",
            "/rankings?indicator={v}&period={v}",
            "/regions/{v}",
            "/regions/compare?a={v}&b={v}",
            "/indicators/{v}?region={v}",
            "/indicators/gdp?region={v}",
            "/indicators/{v}/data.csv?region={v}",
            "/indicators/gdp/data.xlsx?region={v}",
            "/evaluation?subjects={v}",
            "/reports",
            "/reports/bulletin.{v}",
            "/reports/bulletin.pdf?month={v}&plan={v}",
            "/reports/evaluation.{v}",
            "/reports/evaluation.xlsx?asOf={v}&plan={v}",
            "/tasks?article={v}&unit={v}&light={v}&dueBy={v}",
            "/tasks/{v}",
            "/tasks.xlsx?plan={v}",
            "/my-unit",
            "/admin",
            "/inbox",
            "/supervision",
            "/scores?plan={v}",
            "/audit?entity={v}&id={v}",
            "/audit.csv",
            "/data",
            "/data/entry",
            "/data/import",
            "/data/history?indicator={v}&region={v}&period={v}",
            "/login?error={v}",
            "/account/password",
            "/{v}",
            "/api/v1/plans",
            "/api/v1/plans/{v}",
            "/api/v1/targets?plan={v}",
            "/api/v1/regions?level={v}",
            "/api/v1/regions/groups",
            "/api/v1/regions/boundaries",
            "/api/v1/indicators",
            "/api/v1/observations?indicator={v}&region={v}",
            "/api/v1/indicators/{v}/series?region={v}",
            "/api/v1/map?indicator={v}&period={v}",
            "/api/v1/evaluations/{v}",
            "/api/v1/me",
            "/api/v1/tasks?plan={v}&article={v}&unit={v}&light={v}&dueBy={v}",
            "/api/v1/tasks/{v}",
            "/api/v1/tasks/{v}/timeline",
            "/api/v1/audit?entity={v}&id={v}",
            "/api/v1/inbox",
            "/api/v1/scores?plan={v}",
            "/api/v1/attachments/{v}",
            "/api/v1/observations/history?indicator={v}&region={v}&period={v}",
            "/api/v1/exports?format={v}&indicator={v}&region={v}&current={v}",
            "/api/v1/{v}");

    static final List<String> VALUES = List.of(
            "\u0000",
            "a\u0000b",
            "../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "99999999999999999999",
            "-1",
            "1e400",
            "bogus",
            "2026-13-45",
            "<script>alert(1)</script>",
            "' or 1=1 --",
            "%",
            "中文",
            "x".repeat(3000));

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    private Actor coordinator;
    private Actor liaison;
    private Client api;
    private Client pages;
    private Client admin;
    private String unit;
    private Map<String, Answer> readAnswers;

    @BeforeAll
    void users() {
        clock().set(LocalDate.of(2026, 1, 10));
        unit = unit("hostile", "prefecture", "430100");
        coordinator = user("hostile-c", Role.COORDINATOR, null);
        liaison = user("hostile-l", Role.LIAISON, unit);
        accounts.changePassword(coordinator.username(), PASSWORD, PASSWORD + "!");
        api = Client.token(port, accounts.issueToken(admin(), coordinator.username(), "hostile"));
        pages = Client.session(port, coordinator.username(), PASSWORD + "!");
        Actor administrator = user("hostile-a", Role.ADMIN, null);
        accounts.changePassword(administrator.username(), PASSWORD, PASSWORD + "!");
        admin = Client.session(port, administrator.username(), PASSWORD + "!");
    }

    Stream<Arguments> reads() {
        List<Arguments> cases = new ArrayList<>();
        for (String read : READS) {
            for (int v = 0; v < (read.contains("{v}") ? VALUES.size() : 1); v++) {
                cases.add(Arguments.of(read, v));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "GET {0} with value #{1}")
    @MethodSource("reads")
    void noReadAnswersHostileParametersWithAServerErrorOrALeak(String read, int value) {
        String path = read.replace("{v}", Client.enc(VALUES.get(value)));
        for (boolean anonymous : List.of(false, true)) {
            Answer answer = readAnswers().get(path + (anonymous ? " (anonymous)" : " (logged in)"));
            assertThat(answer).as(path + " was sent").isNotNull();
            if (answer.failure() != null) {
                throw answer.failure();
            }
            assertAnswer(
                    read + " #" + value + (anonymous ? " (anonymous)" : " (logged in)"),
                    path,
                    answer.response(),
                    anonymous);
        }
    }

    /** What a read answered, or how sending it failed. */
    record Answer(HttpResponse<String> response, RuntimeException failure) {}

    /**
     * Every hostile read, logged in and anonymous (a fresh client each time), sent once, several at
     * a time: reads change nothing, so their order does not matter.
     */
    private synchronized Map<String, Answer> readAnswers() {
        if (readAnswers == null) {
            Map<String, Answer> answers = new ConcurrentHashMap<>();
            Lanes.inParallel(4, submit -> {
                reads().forEach(arguments -> {
                    String read = (String) arguments.get()[0];
                    String path = read.replace(
                            "{v}", Client.enc(VALUES.get((Integer) arguments.get()[1])));
                    Client own = path.startsWith("/api/") ? api : pages;
                    submit.accept(() -> answers.put(path + " (logged in)", send(own, path)));
                    submit.accept(() -> answers.put(path + " (anonymous)", send(Client.anonymous(port), path)));
                });
            });
            readAnswers = answers;
        }
        return readAnswers;
    }

    private static Answer send(Client client, String path) {
        try {
            return new Answer(client.get(path), null);
        } catch (RuntimeException e) {
            return new Answer(null, e);
        }
    }

    @Test
    void errorsAreProblemsOrPagesWhateverTheClientAccepts() {
        for (String read : READS) {
            String path = read.replace("{v}", "bogus");
            boolean isApi = path.startsWith("/api/");
            Client client = isApi ? api : pages;
            for (String accept : List.of("application/json", "text/html", "*/*", "image/png")) {
                assertAnswer(read + " accepting " + accept, path, client.get(path, accept), false);
            }
        }
    }

    @Test
    void anUnknownPlanIsNotFoundInWordsInTheCallersLanguage() {
        HttpResponse<String> page = pages.get("/targets?plan=nope&lang=en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(page.body()).contains("no such plan nope");
        HttpResponse<String> problem = api.get("/api/v1/plans/nope");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(problem.body()).contains("找不到计划 nope").contains("\"status\":404");
    }

    @Test
    void badFiltersOnTheTaskPagesAndApiAre400NamingTheParameter() {
        HttpResponse<String> light = pages.get("/tasks?light=purple");
        assertThat(light.statusCode()).isEqualTo(400);
        assertThat(light.body()).contains("light").contains("purple").contains("green");
        HttpResponse<String> due = api.get("/api/v1/tasks?dueBy=2026-13-45");
        assertThat(due.statusCode()).isEqualTo(400);
        assertThat(due.body()).contains("dueBy").contains("2026-13-45");
        HttpResponse<String> month = pages.get("/reports/bulletin.pdf?month=2026-13");
        assertThat(month.statusCode()).isEqualTo(400);
        HttpResponse<String> nul = api.get("/api/v1/tasks?plan=a%00b");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(nul.body()).contains("plan");
    }

    @Test
    void malformedWritesAreRefusedWithTheRightStatus() {
        Task task = task();
        assertThat(api.json("POST", "/api/v1/tasks", "{not json").statusCode()).isEqualTo(400);
        assertThat(api.json("PUT", "/api/v1/tasks/" + task.id(), "{\"version\":\"abc\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.json("POST", "/api/v1/tasks/abc/claim", "{\"text\":\"x\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.raw("POST", "/api/v1/tasks", "text/plain", "hello").statusCode())
                .isEqualTo(415);
        HttpResponse<String> method = api.json("DELETE", "/api/v1/plans", "");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(api.get("/api/v1/tasks/987654321").statusCode()).isEqualTo(404);
        String stale = "{\"version\":" + (task.version() - 1) + ",\"task\":{\"planCode\":\"hostile\",\"code\":\""
                + task.code() + "\",\"title\":\"改\",\"lead\":\"" + unit
                + "\",\"startDate\":\"2026-01-01\",\"cycle\":\"MONTHLY\",\"dueDay\":5}}";
        HttpResponse<String> conflict = api.json("PUT", "/api/v1/tasks/" + task.id(), stale);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("\"status\":409");
        HttpResponse<String> missing = pages.form("/tasks/" + task.id() + "/records", Map.of("note", "x"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("rung");
        HttpResponse<String> badDate =
                pages.form("/tasks/" + task.id() + "/extensions", Map.of("newDeadline", "soon", "reason", "x"));
        assertThat(badDate.statusCode()).isBetween(300, 499);
        assertThat(pages.raw("PUT", "/tasks/" + task.id() + "/edit", "application/x-www-form-urlencoded", "")
                        .statusCode())
                .isEqualTo(405);
        HttpResponse<String> nul = pages.form("/tasks/" + task.id() + "/claim", Map.of("evidence", "a\u0000b"));
        assertThat(nul.statusCode()).isEqualTo(400);
        HttpResponse<String> nulLogin =
                Client.anonymous(port).form("/login", Map.of("username", "a\u0000b", "password", "x"));
        assertThat(nulLogin.statusCode()).isEqualTo(400);
        for (HttpResponse<String> r : List.of(conflict, missing, badDate, nul, nulLogin, method)) {
            Leaks.assertNone(r.uri().toString(), r.body());
        }
    }

    @Test
    void workbooksThatAreNotWorkbooksAndTraversalNamesAreRefusedInWords() {
        byte[] notXlsx = "PK\u0003\u0004 this is not a workbook".getBytes(StandardCharsets.ISO_8859_1);
        for (String name : List.of("../../../etc/passwd.xlsx", "..\\..\\x.xlsx", "a\u0001b.xlsx", "plain.xlsx")) {
            for (byte[] content : List.of(notXlsx, "just text".getBytes(StandardCharsets.US_ASCII), new byte[0])) {
                HttpResponse<String> tasksImport =
                        pages.multipart("/tasks/import", Map.of("plan", "hostile"), name, content);
                assertThat(tasksImport.statusCode()).as(name).isBetween(300, 499);
                String shown = pages.get("/tasks").body();
                Leaks.assertNone("task workbook " + name, tasksImport.body() + shown);
                assertThat(shown).doesNotContain("../");
                HttpResponse<String> usersImport = admin.multipart("/admin/import", Map.of(), name, content);
                assertThat(usersImport.statusCode()).as(name).isBetween(300, 499);
                String adminPage = admin.get("/admin").body();
                Leaks.assertNone("user workbook " + name, usersImport.body() + adminPage);
                assertThat(adminPage).doesNotContain("../");
            }
        }
    }

    @Test
    void aLargeStreamedAttachmentIsRefusedAndLeavesNothingOnDisk() throws IOException {
        long update = progress.submit(liaison, task().id(), new Report(null, "进展", null, null, 10))
                .id();
        long size = 30L * 1024 * 1024;
        HttpResponse<String> refused = api.multipart(
                "/api/v1/updates/" + update + "/attachments", Map.of(), "big.pdf", () -> new PdfStream(size), -1);
        assertThat(refused.statusCode()).as(refused.body()).isIn(400, 413);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(refused.body()).contains("10240 KB");
        Leaks.assertNone("large attachment", refused.body());
        Path staging = Path.of(DATA_DIR, "tmp", "attachments");
        try (Stream<Path> left = Files.exists(staging) ? Files.list(staging) : Stream.empty()) {
            assertThat(left).as("staging files left behind").isEmpty();
        }
        HttpResponse<String> fine = api.multipart(
                "/api/v1/updates/" + update + "/attachments", Map.of(), "small.pdf", () -> new PdfStream(200_000), -1);
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(201);
        assertThat(fine.body()).contains("\"size\":200000");
        try (Stream<Path> left = Files.list(staging)) {
            assertThat(left).as("staging files left behind").isEmpty();
        }
    }

    @Test
    void anAttachmentDeclaredTooLargeIsRefusedBeforeItsBodyIsRead() throws IOException {
        long update = progress.submit(liaison, task().id(), new Report(null, "进展", null, null, 10))
                .id();
        String token = accounts.issueToken(admin(), coordinator.username(), "raw");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/updates/" + update + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: Bearer " + token + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                            + "Content-Length: " + 300L * 1024 * 1024 + "\r\nConnection: close\r\n\r\n--b\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
            Leaks.assertNone("declared too large", answer);
        }
    }

    /** Reads a response until its JSON body has ended (or the server closes), without waiting for more. */
    private static String readAnswer(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            read.write(buffer, 0, n);
            String text = read.toString(StandardCharsets.UTF_8);
            if (text.contains("\r\n\r\n") && (text.trim().endsWith("}") || text.endsWith("0\r\n\r\n"))) {
                break;
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theErrorPathItselfRevealsNothing() {
        for (Client client : List.of(Client.anonymous(port), pages)) {
            HttpResponse<String> error = client.get("/error");
            assertThat(error.statusCode()).isBetween(400, 499);
            Leaks.assertNone("/error", error.body());
        }
    }

    private void assertAnswer(String what, String path, HttpResponse<String> response, boolean anonymous) {
        String context = what + ": " + response.statusCode() + " " + Leaks.head(response.body());
        assertThat(response.statusCode()).as(context).isLessThan(500);
        Leaks.assertNone(context, response.body());
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (refusedByTheContainer(path, response)) {
            assertThat(status).as(context).isEqualTo(400);
        } else if (status >= 400 && status != 401 && path.startsWith("/api/")) {
            assertThat(type).as(context).contains("application/problem+json");
        } else if (status >= 400 && status != 401 && !anonymous) {
            assertThat(type).as(context).contains("text/html");
        }
    }

    /**
     * Tomcat refuses an address with an encoded NUL, slash or backslash in the path, or a request line
     * longer than its limit, before the application sees it: a bare 400 without details.
     */
    private static boolean refusedByTheContainer(String path, HttpResponse<String> response) {
        String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return response.statusCode() == 400
                && response.body().contains("HTTP Status 400")
                && (route.matches(".*%(00|2F|5C).*") || path.length() > 8000);
    }

    private Task task() {
        return tasks.create(
                coordinator,
                TaskDraft.of(
                        "hostile",
                        "H" + System.nanoTime(),
                        "恶意输入测试任务",
                        unit,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)));
    }

    /** A PDF-looking stream of a given length, generated as it is read. */
    static final class PdfStream extends InputStream {
        private static final byte[] HEAD = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long position;

        PdfStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            int b = position < HEAD.length ? HEAD[(int) position] : 'x';
            position++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}
