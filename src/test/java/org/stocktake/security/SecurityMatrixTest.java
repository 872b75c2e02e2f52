package org.stocktake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
import org.stocktake.observations.Edit;
import org.stocktake.observations.ObservationKey;
import org.stocktake.observations.ObservationService;
import org.stocktake.supervision.ProgressService;
import org.stocktake.supervision.Report;
import org.stocktake.supervision.Rung;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;

/**
 * The role × operation matrix over real HTTP: every write of the pages and of the API (each
 * {@code @PostMapping}, {@code @PutMapping} and {@code @DeleteMapping}) against every role and an
 * anonymous caller. Anonymous: 401 from the API, a redirect to the login page from the pages; a role
 * the operation is not for: 403; a role it is for: anything but 401, 403 or a 5xx. No answer names a
 * server path or a Java class.
 *
 * <p>Every cell is a request of its own; the requests run before the cells are checked, the
 * writes side by side in a few lanes (a write's cells one after another, the data writes in one
 * lane because they share observations, the administrator's in another). A cell refused (anonymous
 * or a role the write is not for) changes nothing, so a write's refused cells share one prepared
 * object; each allowed cell gets its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest extends SupervisionTest {

    private static final Set<Role> COORD = EnumSet.of(Role.COORDINATOR);
    private static final Set<Role> OWN = EnumSet.of(Role.COORDINATOR, Role.LIAISON, Role.HEAD);
    private static final Set<Role> APPROVERS = EnumSet.of(Role.COORDINATOR, Role.HEAD);
    private static final Set<Role> ISSUERS = EnumSet.of(Role.COORDINATOR, Role.LEADER);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    /** The callers of every write: anonymous, then each role. */
    private static final List<String> WHO = Stream.concat(
                    Stream.of("anonymous"), Stream.of(Role.values()).map(Role::code))
            .toList();

    private static final int LANES = 4;

    /** One write: API (token) or page (session with CSRF), the roles it is for, and the call per caller. */
    record Write(String name, boolean api, Set<Role> allowed, Function<Role, Call> call) {}

    /** A request: JSON body, form fields, or a multipart upload (fields plus one file). */
    @SuppressWarnings("ArrayRecordComponent") // the upload's bytes, sent once, never compared
    record Call(String method, String path, String json, Map<String, String> form, String fileName, byte[] file) {
        static Call json(String method, String path, String body) {
            return new Call(method, path, body, null, null, null);
        }

        static Call form(String path, Map<String, String> fields) {
            return new Call("POST", path, null, fields, null, null);
        }

        static Call upload(String path, Map<String, String> fields, String name, byte[] content) {
            return new Call("POST", path, null, fields, name, content);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    SupervisionService supervision;

    @Autowired
    ObservationService observations;

    private final AtomicInteger serial = new AtomicInteger();
    private Roles roles;
    private String target;
    private Client anonymousApi;
    private Client anonymousPages;
    private Map<String, Outcome> outcomes;

    /** What a cell's request answered, or how preparing or sending it failed. */
    record Outcome(HttpResponse<String> response, RuntimeException failure) {}

    @BeforeAll
    void users() throws InterruptedException {
        clock().set(LocalDate.of(2026, 1, 10));
        roles = new Roles(
                new Roles.SupervisionTestAccess() {
                    @Override
                    public String newUnit(String prefix, String kind, String region) {
                        return unit(prefix, kind, region);
                    }

                    @Override
                    public Actor newUser(String prefix, Role role, String unit) {
                        return user(prefix, role, unit);
                    }
                },
                accounts,
                port);
        target = user("sec-target", Role.VIEWER, null).username();
        anonymousApi = Client.anonymous(port);
        anonymousPages = Client.anonymous(port);
        // each session's CSRF token before the lanes share the clients
        Stream.concat(Stream.of(anonymousApi, anonymousPages), roles.pages.values().stream())
                .forEach(Client::csrf);
        outcomes = sendEveryCell();
    }

    private Map<String, Outcome> sendEveryCell() throws InterruptedException {
        Map<String, List<Write>> lanes = new LinkedHashMap<>();
        for (Write write : writes()) {
            String lane = write.name().endsWith("[data]")
                    ? "data"
                    : write.name().contains("/admin/") || write.name().contains("/account/") ? "admin" : write.name();
            lanes.computeIfAbsent(lane, k -> new ArrayList<>()).add(write);
        }
        Map<String, Outcome> sent = new ConcurrentHashMap<>();
        Lanes.inParallel(
                LANES,
                submit -> lanes.values()
                        .forEach(lane -> submit.accept(() -> lane.forEach(write -> sendCells(write, sent)))));
        return sent;
    }

    private void sendCells(Write write, Map<String, Outcome> sent) {
        Call refused = null;
        for (String who : WHO) {
            Role role = "anonymous".equals(who) ? null : Role.valueOf(who.toUpperCase(Locale.ROOT));
            try {
                Call call;
                if (role != null && write.allowed().contains(role)) {
                    call = write.call().apply(role);
                } else {
                    if (refused == null) {
                        refused = write.call().apply(role);
                    }
                    call = refused;
                }
                Client client = role == null
                        ? (write.api() ? anonymousApi : anonymousPages)
                        : (write.api() ? roles.api : roles.pages).get(role);
                sent.put(write.name() + " by " + who, new Outcome(send(client, call), null));
            } catch (RuntimeException e) {
                sent.put(write.name() + " by " + who, new Outcome(null, e));
            }
        }
    }

    private List<Write> writes() {
        List<Write> w = new ArrayList<>();
        String own = roles.unit;
        String observation = "{\"indicator\":\"gdp\",\"region\":\"430102\",\"period\":\"2021\",\"reason\":\"x\"}";
        byte[] csv = "indicator,region,period,value,source\ngdp,430102,2021,1,x\n".getBytes(StandardCharsets.UTF_8);
        // the API
        w.add(api(
                "POST /api/v1/tasks",
                COORD,
                r -> Call.json(
                        "POST",
                        "/api/v1/tasks",
                        "{\"planCode\":\"sec\",\"code\":\"N"
                                + serial.incrementAndGet() + "\",\"title\":\"新任务\",\"lead\":\"" + own
                                + "\",\"startDate\":\"2026-01-01\",\"cycle\":\"MONTHLY\",\"dueDay\":5}")));
        w.add(api("PUT /api/v1/tasks/{id}", OWN, r -> {
            Task t = task();
            return Call.json(
                    "PUT",
                    "/api/v1/tasks/" + t.id(),
                    "{\"version\":" + t.version() + ",\"task\":{\"planCode\":\"sec\",\"code\":\"" + t.code()
                            + "\",\"title\":\"改\",\"lead\":\"" + own
                            + "\",\"startDate\":\"2026-01-01\",\"cycle\":\"MONTHLY\",\"dueDay\":5}}");
        }));
        w.add(api("POST /api/v1/tasks/{id}/assign", COORD, r -> {
            Task t = task();
            return Call.json(
                    "POST",
                    "/api/v1/tasks/" + t.id() + "/assign",
                    "{\"version\":" + t.version() + ",\"lead\":\"" + own + "\"}");
        }));
        w.add(api(
                "POST /api/v1/tasks/{id}/updates",
                OWN,
                r -> Call.json(
                        "POST", "/api/v1/tasks/" + task().id() + "/updates", "{\"progress\":\"进展\",\"percent\":10}")));
        w.add(api(
                "POST /api/v1/updates/{id}/attachments",
                OWN,
                r -> Call.upload(
                        "/api/v1/updates/" + update() + "/attachments",
                        Map.of(),
                        "报告.pdf",
                        "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII))));
        w.add(api(
                "POST /api/v1/updates/{id}/approval",
                APPROVERS,
                r -> Call.json("POST", "/api/v1/updates/" + update() + "/approval", "")));
        w.add(api(
                "POST /api/v1/updates/{id}/review",
                COORD,
                r -> Call.json(
                        "POST", "/api/v1/updates/" + update() + "/review", "{\"accept\":true,\"reason\":\"好\"}")));
        w.add(api(
                "POST /api/v1/tasks/{id}/records",
                ISSUERS,
                r -> Call.json(
                        "POST",
                        "/api/v1/tasks/" + task().id() + "/records",
                        "{\"rung\":\"URGE\",\"note\":\"请加快\",\"responseDue\":\"2026-01-20\"}")));
        w.add(api(
                "POST /api/v1/records/{id}/response",
                OWN,
                r -> Call.json("POST", "/api/v1/records/" + record() + "/response", "{\"text\":\"收到\"}")));
        w.add(api(
                "POST /api/v1/tasks/{id}/extensions",
                OWN,
                r -> Call.json(
                        "POST",
                        "/api/v1/tasks/" + task().id() + "/extensions",
                        "{\"newDeadline\":\"2027-03-31\",\"reason\":\"需要时间\"}")));
        w.add(api(
                "POST /api/v1/extensions/{id}/decision",
                COORD,
                r -> Call.json(
                        "POST",
                        "/api/v1/extensions/" + extension() + "/decision",
                        "{\"accept\":false,\"reason\":\"不同意\"}")));
        w.add(api(
                "POST /api/v1/tasks/{id}/claim",
                OWN,
                r -> Call.json("POST", "/api/v1/tasks/" + task().id() + "/claim", "{\"text\":\"佐证\"}")));
        w.add(api(
                "POST /api/v1/tasks/{id}/claim/review",
                COORD,
                r -> Call.json(
                        "POST",
                        "/api/v1/tasks/" + claimed() + "/claim/review",
                        "{\"accept\":true,\"reason\":\"同意\"}")));
        w.add(api(
                "POST /api/v1/admin/units",
                ADMIN,
                r -> Call.json(
                        "POST",
                        "/api/v1/admin/units",
                        "{\"code\":\"sec-u" + serial.incrementAndGet()
                                + "\",\"name\":{\"zh\":\"单位\"},\"kind\":\"county\",\"region\":\"430102\"}")));
        w.add(api(
                "POST /api/v1/admin/users",
                ADMIN,
                r -> Call.json(
                        "POST",
                        "/api/v1/admin/users",
                        "{\"username\":\"sec-new" + serial.incrementAndGet()
                                + "\",\"displayName\":\"新用户\",\"role\":\"VIEWER\",\"password\":\"" + PASSWORD
                                + "\"}")));
        w.add(api(
                "POST /api/v1/admin/tokens",
                ADMIN,
                r -> Call.json("POST", "/api/v1/admin/tokens", "{\"username\":\"" + target + "\",\"label\":\"x\"}")));
        w.add(api(
                "DELETE /api/v1/admin/tokens/{username}",
                ADMIN,
                r -> Call.json("DELETE", "/api/v1/admin/tokens/" + target, "")));
        w.add(api("POST /api/v1/inbox/{id}/read", EVERYONE, r -> Call.json("POST", "/api/v1/inbox/999999/read", "")));
        w.add(api(
                "POST /api/v1/observations/submit [data]",
                OWN,
                r -> Call.json("POST", "/api/v1/observations/submit", observation)));
        w.add(api(
                "POST /api/v1/observations/approve [data]",
                APPROVERS,
                r -> Call.json("POST", "/api/v1/observations/approve", observation)));
        w.add(api(
                "POST /api/v1/observations/return [data]",
                APPROVERS,
                r -> Call.json("POST", "/api/v1/observations/return", observation)));
        // a coordinator, or a head for their region, may confirm a class C value; for them this value
        // (not class C) is refused with a reason (4xx), for everyone else with 403
        w.add(api(
                "POST /api/v1/observations/confirm [data]",
                APPROVERS,
                r -> Call.json("POST", "/api/v1/observations/confirm", observation)));
        w.add(api(
                "POST /api/v1/imports [data]",
                OWN,
                r -> Call.upload("/api/v1/imports", Map.of("reason", "x"), "a.csv", csv)));
        // the pages
        w.add(page(
                "POST /tasks/{id}/updates",
                OWN,
                r -> Call.form("/tasks/" + task().id() + "/updates", Map.of("progressText", "网页报送", "percent", "15"))));
        w.add(page("POST /tasks/{id}/edit", OWN, r -> {
            Task t = task();
            return Call.form(
                    "/tasks/" + t.id() + "/edit", Map.of("version", Integer.toString(t.version()), "title", "网页修改"));
        }));
        w.add(page(
                "POST /tasks/{id}/claim",
                OWN,
                r -> Call.form("/tasks/" + task().id() + "/claim", Map.of("evidence", "网页佐证"))));
        w.add(page(
                "POST /tasks/{id}/claim/review",
                COORD,
                r -> Call.form("/tasks/" + claimed() + "/claim/review", Map.of("accept", "true", "reason", "同意"))));
        w.add(page("POST /updates/{id}/approve", APPROVERS, r -> {
            Task t = task();
            return Call.form("/updates/" + update(t) + "/approve", Map.of("task", Long.toString(t.id())));
        }));
        w.add(page("POST /updates/{id}/return", APPROVERS, r -> {
            Task t = task();
            return Call.form(
                    "/updates/" + update(t) + "/return", Map.of("task", Long.toString(t.id()), "reason", "请补充"));
        }));
        w.add(page("POST /updates/{id}/review", COORD, r -> {
            Task t = task();
            return Call.form(
                    "/updates/" + update(t) + "/review", Map.of("task", Long.toString(t.id()), "accept", "true"));
        }));
        w.add(page(
                "POST /tasks/{id}/records",
                ISSUERS,
                r -> Call.form("/tasks/" + task().id() + "/records", Map.of("rung", "urge", "note", "请加快"))));
        w.add(page("POST /records/{id}/respond", OWN, r -> {
            Task t = task();
            long record = supervision
                    .issue(coordinator(), t.id(), Rung.REMINDER, null, "提醒", null)
                    .id();
            return Call.form(
                    "/records/" + record + "/respond", Map.of("task", Long.toString(t.id()), "response", "收到"));
        }));
        w.add(page(
                "POST /tasks/{id}/extensions",
                OWN,
                r -> Call.form(
                        "/tasks/" + task().id() + "/extensions",
                        Map.of("newDeadline", "2027-03-31", "reason", "需要时间"))));
        w.add(page("POST /extensions/{id}/decide", COORD, r -> {
            Task t = task();
            long ext = supervision
                    .requestExtension(liaison(), t.id(), LocalDate.of(2027, 3, 31), "需要时间")
                    .id();
            return Call.form(
                    "/extensions/" + ext + "/decide",
                    Map.of("task", Long.toString(t.id()), "accept", "false", "reason", "否"));
        }));
        w.add(page("POST /tasks/{id}/assign", COORD, r -> {
            Task t = task();
            return Call.form(
                    "/tasks/" + t.id() + "/assign",
                    Map.of(
                            "version",
                            Integer.toString(t.version()),
                            "lead",
                            roles.unit,
                            "deadline",
                            "2026-11-30",
                            "cycle",
                            "monthly",
                            "dueDay",
                            "5"));
        }));
        w.add(page(
                "POST /tasks/assign",
                COORD,
                r -> Call.form(
                        "/tasks/assign",
                        Map.of("ids", Long.toString(task().id()), "lead", roles.unit, "deadline", "2026-10-31"))));
        w.add(page("POST /tasks/import", COORD, r -> {
            // the plan is one of the list the page offers: a plan that has tasks
            tasks.create(
                    coordinator(),
                    TaskDraft.of(
                            "sec-import",
                            "I" + serial.incrementAndGet(),
                            "导入目标计划的任务",
                            roles.unit,
                            LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 12, 31)));
            return Call.upload(
                    "/tasks/import",
                    Map.of("plan", "sec-import"),
                    "分工.xlsx",
                    tasks.exportWorkbook(coordinator(), "sec"));
        }));
        w.add(page(
                "POST /admin/units",
                ADMIN,
                r -> Call.form(
                        "/admin/units",
                        Map.of(
                                "code",
                                "sec-p" + serial.incrementAndGet(),
                                "nameZh",
                                "单位",
                                "kind",
                                "county",
                                "region",
                                "430102"))));
        w.add(page(
                "POST /admin/users",
                ADMIN,
                r -> Call.form(
                        "/admin/users",
                        Map.of(
                                "username",
                                "sec-p" + serial.incrementAndGet(),
                                "displayName",
                                "新用户",
                                "role",
                                "viewer",
                                "password",
                                PASSWORD))));
        w.add(page(
                "POST /admin/users/{username}",
                ADMIN,
                r -> Call.form(
                        "/admin/users/" + user("sec-edit", Role.VIEWER, null).username(),
                        Map.of("displayName", "改名", "role", "viewer"))));
        w.add(page(
                "POST /admin/users/{username}/enabled",
                ADMIN,
                r -> Call.form(
                        "/admin/users/" + user("sec-off", Role.VIEWER, null).username() + "/enabled",
                        Map.of("enabled", "false"))));
        w.add(page(
                "POST /admin/users/{username}/password",
                ADMIN,
                r -> Call.form(
                        "/admin/users/" + user("sec-reset", Role.VIEWER, null).username() + "/password", Map.of())));
        w.add(page(
                "POST /admin/import",
                ADMIN,
                r -> Call.upload(
                        "/admin/import",
                        Map.of(),
                        "users.xlsx",
                        "not a workbook".getBytes(StandardCharsets.US_ASCII))));
        w.add(page(
                "POST /account/password",
                EVERYONE,
                r -> Call.form(
                        "/account/password",
                        Map.of("oldPassword", "wrong-old-password", "newPassword", "another-good-password-1"))));
        w.add(page("POST /inbox/{id}/read", EVERYONE, r -> Call.form("/inbox/999999/read", Map.of())));
        w.add(page(
                "POST /data/entry [data]",
                OWN,
                r -> Call.form(
                        "/data/entry",
                        Map.of(
                                "indicator",
                                "gdp",
                                "region",
                                "430102",
                                "period",
                                "2021",
                                "value",
                                "1",
                                "source",
                                "security test",
                                "reason",
                                "x"))));
        w.add(page(
                "POST /data/import/preview [data]",
                OWN,
                r -> Call.upload("/data/import/preview", Map.of(), "a.csv", csv)));
        w.add(page(
                "POST /data/import/commit [data]",
                OWN,
                r -> Call.form("/data/import/commit", Map.of("upload", "no-such-upload.csv", "name", "a.csv"))));
        w.add(page(
                "POST /data/confirm [data]",
                APPROVERS,
                r -> Call.form(
                        "/data/confirm",
                        Map.of("indicator", "gdp", "region", "430102", "period", "2021", "reason", "x"))));
        w.add(page(
                "POST /data/decide [data]",
                APPROVERS,
                r -> Call.form(
                        "/data/decide",
                        Map.of(
                                "indicator",
                                "gdp",
                                "region",
                                "430102",
                                "period",
                                submittedByLiaison(),
                                "decision",
                                "approve"))));
        // a target decomposition: the coordinator, or a liaison or head for their own regions (a bad file: 422)
        byte[] notADecomposition = "not a decomposition".getBytes(StandardCharsets.UTF_8);
        w.add(api(
                "POST /api/v1/plans/{}/decomposition",
                OWN,
                r -> Call.upload(
                        "/api/v1/plans/hunan-central-2021/decomposition", Map.of(), "d.csv", notADecomposition)));
        w.add(page(
                "POST /plan/decomposition",
                OWN,
                r -> Call.upload("/plan/decomposition", Map.of(), "d.csv", notADecomposition)));
        w.add(page("POST /plan/decomposition/region", OWN, r -> Call.form("/plan/decomposition/region", Map.of())));
        // an enclave agreement is recorded by the coordinator (an empty form: refused in words, 422)
        w.add(page("POST /enclaves", COORD, r -> Call.form("/enclaves", Map.of())));
        // a policy document read into a draft, and a draft saved as a plan: the coordinator's and the administrator's
        Set<Role> planners = EnumSet.of(Role.COORDINATOR, Role.ADMIN);
        w.add(page(
                "POST /plan/draft",
                planners,
                r -> Call.upload("/plan/draft", Map.of(), "a.txt", "一、总体要求\n".getBytes(StandardCharsets.UTF_8))));
        w.add(page("POST /plan/draft/save", planners, r -> Call.form("/plan/draft/save", Map.of("yaml", "x"))));
        // households: every case write belongs to a county's own roles; this fixture's unit-bound
        // users sit in a prefecture unit, so all are refused; feeds are the coordinating office's
        Set<Role> nobody = EnumSet.noneOf(Role.class);
        w.add(api(
                "POST /api/v1/households/import",
                nobody,
                r -> Call.upload(
                        "/api/v1/households/import", Map.of(), "extract.xlsx", "x".getBytes(StandardCharsets.UTF_8))));
        w.add(api(
                "POST /api/v1/households/feeds",
                COORD,
                r -> Call.upload(
                        "/api/v1/households/feeds",
                        Map.of(),
                        "feed.csv",
                        "kind,id_number,county,amount_yuan\n".getBytes(StandardCharsets.UTF_8))));
        w.add(api(
                "POST /api/v1/households/clues/{id}/not-at-risk",
                nobody,
                r -> Call.json("POST", "/api/v1/households/clues/1/not-at-risk", "{\"reason\":\"x\"}")));
        w.add(api(
                "POST /api/v1/households/clues/{id}/identification",
                nobody,
                r -> Call.json("POST", "/api/v1/households/clues/1/identification", "")));
        w.add(api(
                "POST /api/v1/households/{code}/removal",
                nobody,
                r -> Call.json("POST", "/api/v1/households/430102001001-0001/removal", "")));
        w.add(api(
                "POST /api/v1/households/{code}/measures",
                nobody,
                r -> Call.json("POST", "/api/v1/households/430102001001-0001/measures", "{\"type\":\"health\"}")));
        w.add(api(
                "POST /api/v1/households/procedures/{id}/step",
                nobody,
                r -> Call.json("POST", "/api/v1/households/procedures/1/step", "{\"document\":\"x\"}")));
        // the same case writes as pages (forms): refused alike for anyone outside a county's own roles
        w.add(page(
                "POST /households/clues/{id}/not-at-risk",
                nobody,
                r -> Call.form("/households/clues/1/not-at-risk", Map.of("reason", "x"))));
        w.add(page(
                "POST /households/clues/{id}/identification",
                nobody,
                r -> Call.form("/households/clues/1/identification", Map.of())));
        w.add(page(
                "POST /households/{code}/removal",
                nobody,
                r -> Call.form("/households/430102001001-0001/removal", Map.of())));
        w.add(page(
                "POST /households/{code}/measures",
                nobody,
                r -> Call.form("/households/430102001001-0001/measures", Map.of("type", "health"))));
        w.add(page(
                "POST /households/procedures/{id}/step",
                nobody,
                r -> Call.form("/households/procedures/1/step", Map.of("document", "x"))));
        return w;
    }

    Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        for (Write write : writes()) {
            for (String who : WHO) {
                cells.add(Arguments.of(write.name(), who));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("matrix")
    void everyWriteByEveryRoleAndAnonymous(String name, String who) {
        Write write =
                writes().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
        Role role = "anonymous".equals(who) ? null : Role.valueOf(who.toUpperCase(Locale.ROOT));
        Outcome outcome = outcomes.get(name + " by " + who);
        assertThat(outcome).as(name + " by " + who + " was sent").isNotNull();
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        HttpResponse<String> response = outcome.response();
        String cell = name + " by " + who + ": " + response.statusCode() + " " + Leaks.head(response.body());
        Leaks.assertNone(cell, response.body());
        if (role == null && write.api()) {
            assertThat(response.statusCode()).as(cell).isEqualTo(401);
        } else if (role == null) {
            assertThat(response.statusCode()).as(cell).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as(cell)
                    .endsWith("/login");
        } else if (!write.allowed().contains(role)) {
            assertThat(response.statusCode()).as(cell).isEqualTo(403);
            if (write.api()) {
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as(cell)
                        .contains("application/problem+json");
            }
        } else {
            assertThat(response.statusCode()).as(cell).isLessThan(500).isNotIn(401, 403);
        }
    }

    @Test
    void theMatrixCoversEveryWriteMapping() throws java.io.IOException {
        Set<String> covered = new java.util.HashSet<>();
        writes().forEach(w -> covered.add(w.name().replaceAll(" \\[data]$", "").replaceAll("\\{[^}]+}", "{}")));
        Set<String> mapped = WriteMappings.all();
        assertThat(covered).containsAll(mapped);
    }

    private HttpResponse<String> send(Client client, Call call) {
        if (call.file() != null) {
            return client.multipart(call.path(), call.form(), call.fileName(), call.file());
        }
        if (call.form() != null) {
            return client.form(call.path(), call.form());
        }
        return client.json(call.method(), call.path(), call.json());
    }

    private static Write api(String name, Set<Role> allowed, Function<Role, Call> call) {
        return new Write(name, true, allowed, call);
    }

    private static Write page(String name, Set<Role> allowed, Function<Role, Call> call) {
        return new Write(name, false, allowed, call);
    }

    private Actor coordinator() {
        return roles.actors.get(Role.COORDINATOR);
    }

    private Actor liaison() {
        return roles.actors.get(Role.LIAISON);
    }

    /** A value entered and submitted by the liaison, so that a second person may decide it (four eyes). */
    private String submittedByLiaison() {
        ObservationKey key = new ObservationKey("gdp", "430102", "2022");
        observations.revise(
                liaison(),
                key,
                new Edit(Edit.value(Integer.toString(serial.incrementAndGet())), null, "security test", Set.of()),
                "x");
        observations.submit(liaison(), key, "x");
        return key.period();
    }

    private Task task() {
        return tasks.create(
                coordinator(),
                TaskDraft.of(
                        "sec",
                        "S" + serial.incrementAndGet(),
                        "安全测试任务",
                        roles.unit,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)));
    }

    private long update() {
        return update(task());
    }

    private long update(Task t) {
        return progress.submit(liaison(), t.id(), new Report(null, "进展", null, null, 10))
                .id();
    }

    private long record() {
        return supervision
                .issue(coordinator(), task().id(), Rung.REMINDER, null, "提醒", null)
                .id();
    }

    private long extension() {
        return supervision
                .requestExtension(liaison(), task().id(), LocalDate.of(2027, 3, 31), "需要时间")
                .id();
    }

    private long claimed() {
        Task t = task();
        supervision.claim(liaison(), t.id(), "佐证");
        return t.id();
    }
}
