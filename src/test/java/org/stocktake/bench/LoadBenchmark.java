package org.stocktake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The load benchmark (issue 9): closed-loop users against a running Stocktake on loopback. Each
 * user sends its next request as soon as the last one is answered (plus an optional think time).
 * Anonymous users read the cockpit, map and indicator pages and the map API; logged-in
 * coordinators read the task board and the task API; liaisons report progress on their tasks (the
 * task API) and enter their prefecture's values (the entry page). Phases: a static file at N
 * users, the mix at N users for the main duration, then the same two at the peak number of users.
 * Writes the figures as markdown. Started by {@code bench/load}, which boots the server.
 */
public final class LoadBenchmark {

    /** What one simulated user does next; returns the answer's outcome. */
    private interface Step {
        Sample run(LoadHttp http) throws IOException;
    }

    private static final List<String> ANONYMOUS_READS = List.of(
            "/cockpit",
            "/map",
            "/map?indicator=gdp&period=2024",
            "/indicators/gdp",
            "/indicators/forest_coverage",
            "/api/v1/map?indicator=gdp&period=2024",
            "/cockpit?lang=en",
            "/api/v1/map?indicator=resident_population",
            "/regions/430100");

    private static LoadCpu cpu = new LoadCpu(0, null);

    public static void main(String[] args) throws Exception {
        LoadHttp.configureJdk();
        Map<String, String> o = options(args);
        String base = o.getOrDefault("base", "http://127.0.0.1:8080");
        int users = Integer.parseInt(o.getOrDefault("users", "50"));
        int peakUsers = Integer.parseInt(o.getOrDefault("peak-users", "200"));
        int duration = Integer.parseInt(o.getOrDefault("duration", "600"));
        int peakDuration = Integer.parseInt(o.getOrDefault("peak-duration", "60"));
        int staticDuration = Integer.parseInt(o.getOrDefault("static-duration", "30"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "30"));
        int thinkMs = Integer.parseInt(o.getOrDefault("think-ms", "0"));
        int tasks = Integer.parseInt(o.getOrDefault("tasks", "200"));
        Path out = Path.of(o.getOrDefault("out", "bench/out/load.md"));
        cpu = new LoadCpu(Long.parseLong(o.getOrDefault("server-pid", "0")), o.get("data-dir"));

        Mix peak = Mix.of(peakUsers);
        long t0 = System.nanoTime();
        LoadSetup setup = LoadSetup.create(
                base, o.get("admin-password"), peak.taskWriters, peak.dataWriters, peak.readers, tasks);
        log(
                "set up %d task writers, %d data writers, %d logged-in readers and %d tasks in %.1f s",
                peak.taskWriters, peak.dataWriters, peak.readers, tasks, (System.nanoTime() - t0) / 1e9);

        run("warm-up", steps(base, setup, Mix.of(users)), warmup, thinkMs);
        LoadResult static1 = run("static file, " + users + " users", statics(base, users), staticDuration, 0);
        LoadResult mixed1 = run("mix, " + users + " users", steps(base, setup, Mix.of(users)), duration, thinkMs);
        LoadResult static2 = run("static file, " + peakUsers + " users", statics(base, peakUsers), staticDuration, 0);
        LoadResult mixed2 = run("mix, " + peakUsers + " users", steps(base, setup, peak), peakDuration, thinkMs);

        String report = LoadReport.markdown(
                List.of(new LoadReport.Pair(users, mixed1, static1), new LoadReport.Pair(peakUsers, mixed2, static2)),
                Mix.of(users).describe(),
                peak.describe(),
                tasks,
                thinkMs);
        System.out.println(report);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        log("wrote %s", out);
    }

    /** How many users of each kind: a tenth write (half progress, half data), three tenths read logged in. */
    record Mix(int users, int taskWriters, int dataWriters, int readers, int anonymous) {

        static Mix of(int users) {
            int writers = Math.max(2, Math.round(users * 0.1f));
            int taskWriters = (writers + 1) / 2;
            int dataWriters = writers - taskWriters;
            int readers = Math.max(1, Math.round(users * 0.3f));
            return new Mix(users, taskWriters, dataWriters, readers, Math.max(0, users - writers - readers));
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%d users: %d anonymous readers, %d logged-in readers, %d progress " + "reporters, %d data writers",
                    users,
                    anonymous,
                    readers,
                    taskWriters,
                    dataWriters);
        }
    }

    /** The simulated users of a phase: each a client and the steps it repeats in turn. */
    private record User(LoadHttp http, List<Step> steps) {}

    private static List<User> steps(String base, LoadSetup setup, Mix mix) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < mix.taskWriters; i++) {
            LoadSetup.TaskWriter w = setup.taskWriters.get(i);
            List<Step> steps = new ArrayList<>();
            for (long task : w.tasks()) {
                steps.add(http -> {
                    int percent = ThreadLocalRandom.current().nextInt(0, 100);
                    LoadHttp.Answer a = http.json(
                            "/api/v1/tasks/" + task + "/updates",
                            "{\"progress\":\"按计划推进，完成年度投资 " + percent + "%\",\"problems\":\"无\","
                                    + "\"nextSteps\":\"继续推进\",\"percent\":" + percent + "}");
                    return Sample.of("POST /api/v1/tasks/{id}/updates", true, a, a.status() == 201);
                });
            }
            users.add(new User(new LoadHttp(base, w.token()), steps));
        }
        for (int i = 0; i < mix.dataWriters; i++) {
            LoadSetup.DataWriter w = setup.dataWriters.get(i);
            users.add(new User(w.session(), List.of(http -> {
                String value = String.format(
                        Locale.ROOT, "%.1f", ThreadLocalRandom.current().nextDouble(1000, 9000));
                LoadHttp.Answer a = http.form(
                        "/data/entry",
                        Map.of(
                                "indicator",
                                "gdp",
                                "region",
                                w.region(),
                                "period",
                                w.period(),
                                "value",
                                value,
                                "unit",
                                "",
                                "source",
                                "负载测试",
                                "flags",
                                "",
                                "reason",
                                "月度报送"),
                        "/data/entry");
                return Sample.of(
                        "POST /data/entry",
                        true,
                        a,
                        a.status() == 302 && a.location().contains("/data/history"));
            })));
        }
        for (int i = 0; i < mix.readers; i++) {
            LoadSetup.Reader r = setup.readers.get(i);
            LoadHttp api = new LoadHttp(base, r.token());
            users.add(new User(
                    r.session(),
                    List.of(
                            http -> read("GET /tasks", http, "/tasks"),
                            http -> read("GET /api/v1/tasks", api, "/api/v1/tasks"),
                            http -> read("GET /api/v1/tasks?plan=", api, "/api/v1/tasks?plan=" + LoadSetup.PLAN))));
        }
        for (int i = 0; i < mix.anonymous; i++) {
            List<Step> steps = new ArrayList<>();
            int offset = i;
            for (int k = 0; k < ANONYMOUS_READS.size(); k++) {
                String path = ANONYMOUS_READS.get((k + offset) % ANONYMOUS_READS.size());
                steps.add(http -> read("GET " + path.replaceAll("\\?.*", "?…"), http, path));
            }
            users.add(new User(new LoadHttp(base, null), steps));
        }
        return users;
    }

    private static List<User> statics(String base, int count) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(new User(
                    new LoadHttp(base, null), List.of(http -> read("GET /stocktake.css", http, "/stocktake.css"))));
        }
        return users;
    }

    private static Sample read(String kind, LoadHttp http, String path) throws IOException {
        LoadHttp.Answer a = http.get(path);
        return Sample.of(kind, false, a, a.status() == 200);
    }

    /** Runs the users together for the given seconds; each repeats its steps until the time is up. */
    private static LoadResult run(String name, List<User> users, int seconds, int thinkMs) throws InterruptedException {
        String loadBefore = loadAverage();
        double cpuBefore = cpu.seconds();
        LoadResult result = new LoadResult(name, users.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (User user : users) {
            LoadResult.Recorder recorder = result.recorder();
            Thread thread = new Thread(
                    () -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        int i = ThreadLocalRandom.current().nextInt(user.steps().size());
                        while (System.nanoTime() < window[1]) {
                            Step step = user.steps().get(i++ % user.steps().size());
                            long t = System.nanoTime();
                            try {
                                recorder.add(step.run(user.http()));
                            } catch (IOException | RuntimeException e) {
                                recorder.add(new Sample(
                                        "(no answer)",
                                        false,
                                        System.nanoTime() - t,
                                        false,
                                        e.getClass().getSimpleName() + ": " + e.getMessage()));
                            }
                            if (thinkMs > 0) {
                                try {
                                    Thread.sleep(ThreadLocalRandom.current().nextInt(thinkMs / 2, thinkMs * 3 / 2 + 1));
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        }
                    },
                    "load-user");
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + seconds * 1_000_000_000L;
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        result.finish((System.nanoTime() - window[0]) / 1e9, loadBefore, loadAverage(), cpu.seconds() - cpuBefore);
        log("%s: %s", name, result.summary());
        return result;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value pairs: " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[load] " + format + "%n", args);
    }

    /** One request's outcome: its kind (method and path pattern), whether it wrote, its time, and why it failed. */
    record Sample(String kind, boolean write, long nanos, boolean ok, String failure) {

        static Sample of(String kind, boolean write, LoadHttp.Answer a, boolean ok) {
            if (ok) {
                return new Sample(kind, write, a.nanos(), true, null);
            }
            String text = a.body()
                    .replaceAll("(?s)<[^>]+>", " ")
                    .replaceAll("\\s+", " ")
                    .trim();
            return new Sample(
                    kind,
                    write,
                    a.nanos(),
                    false,
                    "HTTP " + a.status()
                            + (a.location().isEmpty()
                                    ? ""
                                    : " → " + a.location().replaceAll("\\?.*", ""))
                            + (text.isEmpty() ? "" : " " + text.substring(0, Math.min(160, text.length()))));
        }
    }
}
