package org.stocktake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.Lanes;
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

/**
 * Every role against every write of the API and of the pages, over real HTTP: the API answers 2xx
 * or 403 (bearer tokens), the pages save or answer 403 with the refusal in words (form login with CSRF). Task reads of
 * another prefecture's liaison are refused too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiPermissionTest extends SupervisionTest {

    enum Who {
        COORDINATOR,
        LIAISON,
        HEAD,
        LEADER,
        VIEWER,
        ADMIN,
        OTHER_LIAISON
    }

    private static final Set<Who> COORD = Set.of(Who.COORDINATOR);
    private static final Set<Who> OWN = Set.of(Who.COORDINATOR, Who.LIAISON, Who.HEAD);

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    SupervisionService supervision;

    private final Map<Who, Actor> actors = new EnumMap<>(Who.class);
    private final Map<Who, Http> api = new EnumMap<>(Who.class);
    private final Map<Who, Http> pages = new EnumMap<>(Who.class);
    private final AtomicInteger serial = new AtomicInteger();
    private String own;
    private Map<String, Answer> apiAnswers;

    @BeforeAll
    void users() {
        clock().set(LocalDate.of(2026, 1, 10));
        own = unit("changsha", "prefecture", "430100");
        String other = unit("zhuzhou", "prefecture", "430200");
        actors.put(Who.COORDINATOR, user("c", Role.COORDINATOR, null));
        actors.put(Who.LIAISON, user("l", Role.LIAISON, own));
        actors.put(Who.HEAD, user("h", Role.HEAD, own));
        actors.put(Who.LEADER, user("ld", Role.LEADER, null));
        actors.put(Who.VIEWER, user("v", Role.VIEWER, null));
        actors.put(Who.ADMIN, user("a", Role.ADMIN, null));
        actors.put(Who.OTHER_LIAISON, user("ol", Role.LIAISON, other));
        actors.forEach((who, actor) -> {
            accounts.changePassword(actor.username(), PASSWORD, PASSWORD + "!");
            api.put(who, Http.token(port, accounts.issueToken(admin(), actor.username(), "test")));
            pages.put(who, Http.session(port, actor.username(), PASSWORD + "!"));
        });
    }

    /** Each API write: what it needs prepared, and the call as method, path and body. */
    private Map<String, Supplier<String[]>> writes() {
        Map<String, Supplier<String[]>> w = new LinkedHashMap<>();
        w.put(
                "POST /tasks",
                () -> call(
                        "POST",
                        "/api/v1/tasks",
                        "{\"planCode\":\"api\",\"code\":\"N" + serial.incrementAndGet()
                                + "\",\"title\":\"新任务\",\"lead\":\"" + own
                                + "\",\"startDate\":\"2026-01-01\",\"cycle\":\"MONTHLY\",\"dueDay\":5}"));
        w.put("PUT /tasks/{id}", () -> {
            Task t = task();
            return call(
                    "PUT",
                    "/api/v1/tasks/" + t.id(),
                    "{\"version\":" + t.version() + ",\"task\":{\"planCode\":\"api\",\"code\":\"" + t.code()
                            + "\",\"title\":\"改\",\"lead\":\"" + own
                            + "\",\"startDate\":\"2026-01-01\",\"cycle\":\"MONTHLY\",\"dueDay\":5}}");
        });
        w.put("POST /tasks/{id}/assign", () -> {
            Task t = task();
            return call(
                    "POST",
                    "/api/v1/tasks/" + t.id() + "/assign",
                    "{\"version\":" + t.version() + ",\"lead\":\"" + own + "\"}");
        });
        w.put(
                "POST /tasks/{id}/updates",
                () -> call(
                        "POST", "/api/v1/tasks/" + task().id() + "/updates", "{\"progress\":\"进展\",\"percent\":10}"));
        w.put("POST /updates/{id}/approval", () -> call("POST", "/api/v1/updates/" + update() + "/approval", ""));
        w.put(
                "POST /updates/{id}/review",
                () -> call("POST", "/api/v1/updates/" + update() + "/review", "{\"accept\":true,\"reason\":\"好\"}"));
        w.put(
                "POST /tasks/{id}/records",
                () -> call(
                        "POST",
                        "/api/v1/tasks/" + task().id() + "/records",
                        "{\"rung\":\"URGE\",\"note\":\"请加快\",\"responseDue\":\"2026-01-20\"}"));
        w.put("POST /records/{id}/response", () -> {
            long record = supervision
                    .issue(coordinator(), task().id(), Rung.REMINDER, null, "提醒", null)
                    .id();
            return call("POST", "/api/v1/records/" + record + "/response", "{\"text\":\"收到\"}");
        });
        w.put(
                "POST /tasks/{id}/extensions",
                () -> call(
                        "POST",
                        "/api/v1/tasks/" + task().id() + "/extensions",
                        "{\"newDeadline\":\"2027-03-31\",\"reason\":\"需要时间\"}"));
        w.put("POST /extensions/{id}/decision", () -> {
            long ext = supervision
                    .requestExtension(actors.get(Who.LIAISON), task().id(), LocalDate.of(2027, 3, 31), "需要时间")
                    .id();
            return call("POST", "/api/v1/extensions/" + ext + "/decision", "{\"accept\":false,\"reason\":\"不同意\"}");
        });
        w.put(
                "POST /tasks/{id}/claim",
                () -> call("POST", "/api/v1/tasks/" + task().id() + "/claim", "{\"text\":\"佐证\"}"));
        w.put("POST /tasks/{id}/claim/review", () -> {
            Task t = task();
            supervision.claim(actors.get(Who.LIAISON), t.id(), "佐证");
            return call("POST", "/api/v1/tasks/" + t.id() + "/claim/review", "{\"accept\":true,\"reason\":\"同意\"}");
        });
        w.put(
                "POST /admin/units",
                () -> call(
                        "POST",
                        "/api/v1/admin/units",
                        "{\"code\":\"api-u" + serial.incrementAndGet()
                                + "\",\"name\":{\"zh\":\"单位\"},\"kind\":\"county\",\"region\":\"430102\"}"));
        w.put(
                "POST /admin/users",
                () -> call(
                        "POST",
                        "/api/v1/admin/users",
                        "{\"username\":\"api-user" + serial.incrementAndGet()
                                + "\",\"displayName\":\"新用户\",\"role\":\"VIEWER\",\"password\":\"" + PASSWORD + "\"}"));
        return w;
    }

    private static final Map<String, Set<Who>> ALLOWED = Map.ofEntries(
            Map.entry("POST /tasks", COORD),
            Map.entry("PUT /tasks/{id}", OWN),
            Map.entry("POST /tasks/{id}/assign", COORD),
            Map.entry("POST /tasks/{id}/updates", OWN),
            Map.entry("POST /updates/{id}/approval", Set.of(Who.COORDINATOR, Who.HEAD)),
            Map.entry("POST /updates/{id}/review", COORD),
            Map.entry("POST /tasks/{id}/records", Set.of(Who.COORDINATOR, Who.LEADER)),
            Map.entry("POST /records/{id}/response", OWN),
            Map.entry("POST /tasks/{id}/extensions", OWN),
            Map.entry("POST /extensions/{id}/decision", COORD),
            Map.entry("POST /tasks/{id}/claim", OWN),
            Map.entry("POST /tasks/{id}/claim/review", COORD),
            Map.entry("POST /admin/units", Set.of(Who.ADMIN)),
            Map.entry("POST /admin/users", Set.of(Who.ADMIN)));

    Stream<Arguments> apiMatrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String write : ALLOWED.keySet()) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(write, who, ALLOWED.get(write).contains(who)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}: allowed {2}")
    @MethodSource("apiMatrix")
    void everyRoleAgainstEveryApiWrite(String write, Who who, boolean allowed) {
        Answer answer = apiAnswers().get(write + " by " + who);
        assertThat(answer).as(write + " by " + who + " was sent").isNotNull();
        if (answer.failure() != null) {
            throw answer.failure();
        }
        HttpResponse<String> response = answer.response();
        if (allowed) {
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }
    }

    /** What a cell's request answered, or how preparing or sending it failed. */
    record Answer(HttpResponse<String> response, RuntimeException failure) {}

    /**
     * Every cell of the API matrix, sent once before the cells are checked: the writes side by side
     * (each on its own objects), a write's cells one after another. A refused call changes nothing,
     * so a write's refused cells share one prepared object; each allowed cell gets its own.
     */
    private synchronized Map<String, Answer> apiAnswers() {
        if (apiAnswers == null) {
            clock().set(LocalDate.of(2026, 1, 10));
            Map<String, Answer> answers = new ConcurrentHashMap<>();
            Lanes.inParallel(4, submit -> {
                writes().forEach((write, prepare) -> submit.accept(() -> {
                    String[] refused = null;
                    for (Who who : Who.values()) {
                        try {
                            String[] call;
                            if (ALLOWED.get(write).contains(who)) {
                                call = prepare.get();
                            } else {
                                if (refused == null) {
                                    refused = prepare.get();
                                }
                                call = refused;
                            }
                            answers.put(
                                    write + " by " + who,
                                    new Answer(api.get(who).json(call[0], call[1], call[2]), null));
                        } catch (RuntimeException e) {
                            answers.put(write + " by " + who, new Answer(null, e));
                        }
                    }
                }));
            });
            apiAnswers = answers;
        }
        return apiAnswers;
    }

    Stream<Arguments> pageMatrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String form : List.of("updates", "edit", "claim")) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(form, who, OWN.contains(who)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "page form {0} by {1}: allowed {2}")
    @MethodSource("pageMatrix")
    void everyRoleAgainstThePageForms(String form, Who who, boolean allowed) {
        clock().set(LocalDate.of(2026, 1, 10));
        Task task = task();
        Map<String, String> fields = switch (form) {
            case "updates" -> Map.of("progressText", "网页报送", "percent", "15");
            case "edit" -> Map.of("version", Integer.toString(task.version()), "title", "网页修改");
            default -> Map.of("evidence", "网页佐证");
        };
        Http session = pages.get(who);
        String csrfPage = who == Who.OTHER_LIAISON ? "/tasks" : "/tasks/" + task.id();
        HttpResponse<String> response = session.form("/tasks/" + task.id() + "/" + form, fields, csrfPage);
        assertThat(response.statusCode()).as(form + " by " + who).isEqualTo(allowed ? 302 : 403);
        Task after = tasks.get(coordinator(), task.id());
        assertThat(after.version() > task.version()).as(form + " by " + who).isEqualTo(allowed);
        if (!allowed) {
            assertThat(response.body()).contains("id=\"error\"");
        }
    }

    @Test
    void anotherPrefecturesLiaisonCannotReadTheTask() {
        Task task = task();
        assertThat(api.get(Who.OTHER_LIAISON).get("/api/v1/tasks/" + task.id()).statusCode())
                .isEqualTo(403);
        String listed = "\"id\":" + task.id() + ",";
        assertThat(api.get(Who.LIAISON).get("/api/v1/tasks").body())
                .as("the own liaison's list names the task")
                .contains(listed);
        assertThat(api.get(Who.OTHER_LIAISON).get("/api/v1/tasks").body()).doesNotContain(listed);
        assertThat(pages.get(Who.OTHER_LIAISON).get("/tasks/" + task.id()).statusCode())
                .isEqualTo(403);
        assertThat(api.get(Who.LIAISON).get("/api/v1/tasks/" + task.id()).statusCode())
                .isEqualTo(200);
        assertThat(api.get(Who.VIEWER).get("/api/v1/tasks/" + task.id()).statusCode())
                .isEqualTo(200);
    }

    private Actor coordinator() {
        return actors.get(Who.COORDINATOR);
    }

    private Task task() {
        return tasks.create(
                coordinator(),
                TaskDraft.of(
                        "api",
                        "A" + serial.incrementAndGet(),
                        "接口测试任务",
                        own,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)));
    }

    private long update() {
        return progress.submit(actors.get(Who.LIAISON), task().id(), new Report(null, "进展", null, null, 10))
                .id();
    }

    private static String[] call(String method, String path, String body) {
        return new String[] {method, path, body};
    }
}
