package org.stocktake.bench;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load benchmark needs on a fresh platform, made through its own API and pages as an
 * administrator would: units, users with their own passwords (changed at the first login), API
 * tokens, and tasks in the Hunan plan led by the units whose liaisons report progress.
 */
final class LoadSetup {

    static final String PLAN = "hunan-central-2021";
    /** The 14 prefectures of Hunan: each data writer enters values of its own prefecture. */
    static final List<String> PREFECTURES = List.of(
            "430100", "430200", "430300", "430400", "430500", "430600", "430700", "430800", "430900", "431000",
            "431100", "431200", "431300", "433100");

    /** A liaison who reports progress (API token) on the tasks its unit leads. */
    record TaskWriter(String token, List<Long> tasks) {}

    /** A liaison of a prefecture who enters its values on the entry page (a logged-in session). */
    record DataWriter(LoadHttp session, String region, String period) {}

    /** A coordinator reading the task board (a session) and the task API (a token). */
    record Reader(LoadHttp session, String token) {}

    final List<TaskWriter> taskWriters = new ArrayList<>();
    final List<DataWriter> dataWriters = new ArrayList<>();
    final List<Reader> readers = new ArrayList<>();

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("^\\{\\s*\"id\"\\s*:\\s*(\\d+)");

    private final String base;
    private final SecureRandom random = new SecureRandom();
    private LoadHttp admin;

    private LoadSetup(String base) {
        this.base = base;
    }

    /** Creates the accounts and tasks for {@code taskWriters + dataWriters + readers} users. */
    static LoadSetup create(String base, String adminPassword, int taskWriters, int dataWriters, int readers, int tasks)
            throws IOException {
        LoadSetup setup = new LoadSetup(base);
        LoadHttp session = new LoadHttp(base, null);
        session.login("admin", adminPassword, setup.password());
        setup.admin = new LoadHttp(
                base,
                token(session.sessionJson(
                        "/api/v1/admin/tokens",
                        "{\"username\":\"admin\",\"label\":\"load benchmark\"}",
                        "/account/password")));
        LoadHttp coordinator = new LoadHttp(
                base, setup.account("lb-coordinator", "COORDINATOR", null).token());
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < taskWriters; i++) {
            String unit = setup.unit("lb-dept-" + i, "department", "430000");
            leads.add(unit);
        }
        List<List<Long>> led = new ArrayList<>();
        leads.forEach(u -> led.add(new ArrayList<>()));
        for (int i = 0; i < tasks; i++) {
            int w = i % leads.size();
            String co = leads.get((w + 1) % leads.size());
            led.get(w).add(setup.task(coordinator, i, leads.get(w), co));
            if ((i + 1) % 50 == 0) {
                LoadBenchmark.log("%d tasks created", i + 1);
            }
        }
        for (int i = 0; i < taskWriters; i++) {
            setup.taskWriters.add(new TaskWriter(
                    setup.account("lb-reporter-" + i, "LIAISON", leads.get(i)).token(), List.copyOf(led.get(i))));
        }
        for (int i = 0; i < dataWriters; i++) {
            String region = PREFECTURES.get(i % PREFECTURES.size());
            String unit = setup.unit("lb-pref-" + i, "prefecture", region);
            Account account = setup.account("lb-entry-" + i, "LIAISON", unit);
            setup.dataWriters.add(
                    new DataWriter(account.session(), region, Integer.toString(2026 + i / PREFECTURES.size())));
        }
        for (int i = 0; i < readers; i++) {
            Account account = setup.account("lb-reader-" + i, "COORDINATOR", null);
            setup.readers.add(new Reader(account.session(), account.token()));
            if ((i + 1) % 20 == 0) {
                LoadBenchmark.log("%d readers logged in", i + 1);
            }
        }
        return setup;
    }

    private record Account(String token, LoadHttp session) {}

    /** A user with an API token and a logged-in session (the first login sets a new password). */
    private Account account(String username, String role, String unit) throws IOException {
        String first = password();
        expect(
                admin.json(
                        "/api/v1/admin/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\"压测 " + username
                                + "\",\"email\":\"" + username + "@example.org\",\"role\":\"" + role + "\""
                                + (unit == null ? "" : ",\"unit\":\"" + unit + "\"") + ",\"password\":\"" + first
                                + "\"}"),
                201,
                username);
        LoadHttp session = new LoadHttp(base, null);
        session.login(username, first, password());
        String token = token(expect(
                admin.json("/api/v1/admin/tokens", "{\"username\":\"" + username + "\",\"label\":\"load\"}"),
                201,
                "token of " + username));
        return new Account(token, session);
    }

    private String unit(String code, String kind, String region) throws IOException {
        expect(
                admin.json(
                        "/api/v1/admin/units",
                        "{\"code\":\"" + code + "\",\"name\":{\"zh\":\"压测单位 " + code + "\",\"en\":\"Load unit " + code
                                + "\"},\"kind\":\"" + kind + "\",\"region\":\"" + region + "\"}"),
                201,
                code);
        return code;
    }

    private long task(LoadHttp coordinator, int i, String lead, String co) throws IOException {
        LoadHttp.Answer answer = expect(
                coordinator.json(
                        "/api/v1/tasks",
                        "{\"planCode\":\"" + PLAN + "\",\"code\":\"LB"
                                + (i + 1) + "\",\"title\":\"压测任务 " + (i + 1) + "：推进重点项目建设\",\"lead\":\"" + lead
                                + "\",\"coUnits\":[\"" + co
                                + "\"],\"startDate\":\"2026-01-01\",\"deadline\":\"2027-12-31\","
                                + "\"cycle\":\"MONTHLY\",\"dueDay\":5,\"deliverable\":\"项目清单\","
                                + "\"milestones\":{\"2026Q4\":\"开工\",\"2027Q4\":\"竣工\"},\"indicators\":[\"gdp\"]}"),
                201,
                "task " + i);
        Matcher m = ID.matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("no task id in " + answer.body());
        }
        return Long.parseLong(m.group(1));
    }

    private String password() {
        byte[] bytes = new byte[9];
        random.nextBytes(bytes);
        return "Lb-" + HexFormat.of().formatHex(bytes) + "-q7";
    }

    private static String token(LoadHttp.Answer answer) {
        Matcher m = TOKEN.matcher(answer.body());
        if (answer.status() != 201 || !m.find()) {
            throw new IllegalStateException("no token: " + answer.status() + " " + answer.body());
        }
        return m.group(1);
    }

    private static LoadHttp.Answer expect(LoadHttp.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(
                    what + ": expected " + status + ", got " + answer.status() + " " + answer.body());
        }
        return answer;
    }
}
