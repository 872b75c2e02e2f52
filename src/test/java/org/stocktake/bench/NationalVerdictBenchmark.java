package org.stocktake.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.Publications;
import org.stocktake.StocktakeApplication;
import org.stocktake.accounts.Actor;
import org.stocktake.indicators.Indicator;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.observations.ImportRequest;
import org.stocktake.observations.ImportService;
import org.stocktake.observations.Status;
import org.stocktake.plan.PlanService;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.LocalizedText;
import org.stocktake.verdicts.VerdictService;

/**
 * The national end-to-end verdict run ({@code bench/verdicts}), on the real server path: the
 * platform started as a web server in this JVM (run with {@code -Xmx1g}: the heap goal), 3,209
 * synthetic regions × N synthetic indicators × 2015–2025 written to its database, a synthetic
 * plan of N targets on the national scope decomposed to every other region (≈ 963,000 verdicts at
 * N = 300). Measures (a) a full recompute from the database, first into an empty store and again
 * with nothing changed, against {@code COPY … TO} of the same rows; (b) one county's new values
 * imported → committed → its fresh verdicts stored → the cockpit read models rebuilt (every
 * listener done), against {@code COPY … TO} of that county's rows and against the import's own
 * commit. All data are synthetic (not statistics).
 */
public final class NationalVerdictBenchmark {

    private static final String PLAN = "bench-national";
    private static final String[] KINDS = {"level", "annual_growth", "annual_increment", "maintain", "floor"};

    private final List<String[]> rows = new ArrayList<>();
    private final AtomicLong sampledPeak = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int indicators = 300;
        boolean reuse = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--indicators") && i + 1 < args.length) {
                indicators = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--reuse")) {
                reuse = true;
            }
        }
        new NationalVerdictBenchmark().run(indicators, reuse);
        System.exit(0);
    }

    /** {@code reuse}: keep the data directory of an earlier run (its values and plan) and start at the decomposition. */
    private void run(int indicators, boolean reuse) throws Exception {
        Path out = Files.createDirectories(Path.of("bench/out"));
        Path data = out.resolve("verdict-national");
        boolean fresh = !(reuse && Files.isDirectory(data));
        if (fresh) {
            deleteTree(data);
        }
        String loadStart = loadAverage();
        Thread sampler = sampler();
        SpringApplication app = new SpringApplication(StocktakeApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        try (ConfigurableApplicationContext context = app.run(
                "--stocktake.data-dir=" + data,
                "--stocktake.seed.enabled=false",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--logging.level.root=WARN",
                "--logging.level.org.stocktake.verdicts=INFO")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            DataSource dataSource = context.getBean(DataSource.class);
            VerdictService verdicts = context.getBean(VerdictService.class);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            long t = System.nanoTime();
            List<NationalDataset.Division> regions = NationalDataset.divisions();
            if (fresh) {
                setUp(context, indicators);
                long values = generate(jdbc, indicators);
                note(
                        "setup: %,d synthetic values of %d indicators in %,d regions written by SQL in %.1f s",
                        values, indicators, regions.size(), seconds(t));
                t = System.nanoTime();
                context.getBean(PlanService.class).importPlan(PLAN + ".yaml", plan(indicators));
                note("plan of %d targets imported in %.1f s", indicators, seconds(t));
            }
            Publications.awaitCompletion(jdbc, Duration.ofMinutes(30));
            note("plan judged in its scope and the 31 provinces: %.1f s", seconds(t));

            double copy = copyOut(dataSource, """
                    copy (select indicator_code, region_code, period, value, revision from data_observation
                          where indicator_code like 'bench\\_%' and period between '2015' and '2025') to stdout
                    """);
            add(
                    "baseline (a): `COPY … TO` of the same observations from the database",
                    String.format(Locale.ROOT, "%.2f s", copy),
                    "—");

            byte[] file = decomposition(indicators, regions);
            t = System.nanoTime();
            var done = verdicts.decompose(Actor.system("benchmark"), PLAN, "decomposition.csv", file);
            double imported = seconds(t);
            t = System.nanoTime();
            Publications.awaitCompletion(jdbc, Duration.ofMinutes(60));
            double first = seconds(t);
            long current = jdbc.sql("select count(*) from verdicts_current where plan_code = :p")
                    .param("p", PLAN)
                    .query(Long.class)
                    .single();
            add(
                    String.format(
                            Locale.ROOT,
                            "decomposition import: %,d region targets (CSV, %d MB), checked and stored in one transaction",
                            done.regionTargets(),
                            file.length >> 20),
                    String.format(Locale.ROOT, "%.1f s", imported),
                    "—");
            add(
                    String.format(
                            Locale.ROOT,
                            "(a) full recompute from the database, by the decomposition's listener: every pair judged, %,d verdicts stored (%,d target × region pairs + Open SDG in the scope)",
                            current,
                            current - indicators),
                    String.format(Locale.ROOT, "%.2f s = %.2f × baseline", first, first / copy),
                    first <= 10 ? "≤ 10 s: met" : String.format(Locale.ROOT, "≤ 10 s: not met (%.1f×)", first / 10));
            oneRegion(context, jdbc, dataSource, port, indicators, regions);
            t = System.nanoTime();
            int again = verdicts.recompute(PLAN);
            double second = seconds(t);
            Publications.awaitCompletion(jdbc, Duration.ofMinutes(30));
            add(
                    "(a) full recompute again, nothing changed (every pair judged, " + again + " written)",
                    String.format(Locale.ROOT, "%.2f s = %.2f × baseline", second, second / copy),
                    second <= 10 ? "≤ 10 s: met" : String.format(Locale.ROOT, "≤ 10 s: not met (%.1f×)", second / 10));
        }
        sampler.interrupt();
        add(
                "server heap (the platform and this benchmark in one JVM run with -Xmx1g)",
                String.format(
                        Locale.ROOT,
                        "peak %,d MB sampled every 20 ms; %,d MB sum of pool peaks",
                        sampledPeak.get() >> 20,
                        poolPeaks() >> 20),
                sampledPeak.get() <= (1L << 30) ? "≤ 1 GB: met" : "≤ 1 GB: not met");
        String table = table() + "\nLoad average (1, 5, 15 min) at the start: " + loadStart + "; at the end: "
                + loadAverage() + " (other work shares the machine's "
                + Runtime.getRuntime().availableProcessors()
                + " cores).\n";
        System.out.println(table);
        Files.writeString(out.resolve("verdicts-national.md"), table, StandardCharsets.UTF_8);
    }

    /** (b): five counties' new values, one after the other, each until every listener has finished. */
    private void oneRegion(
            ConfigurableApplicationContext context,
            JdbcClient jdbc,
            DataSource dataSource,
            int port,
            int indicators,
            List<NationalDataset.Division> regions)
            throws Exception {
        ImportService imports = context.getBean(ImportService.class);
        List<String> counties = regions.stream()
                .filter(d -> d.level().equals("county"))
                .map(NationalDataset.Division::code)
                .toList();
        double commit = 0;
        double fresh = 0;
        double worst = 0;
        double baseline = 0;
        long written = 0;
        int runs = 5;
        HttpClient http = HttpClient.newHttpClient();
        for (int run = 0; run < runs; run++) {
            String county = counties.get(run * counties.size() / runs);
            baseline += copyOut(
                    dataSource,
                    "copy (select indicator_code, region_code, period, value, revision"
                            + " from data_observation where region_code = '" + county + "') to stdout");
            Path file = Path.of("bench/out/verdict-national-region.csv");
            NationalDataset.writeRegionRevision(file, indicators, county);
            long before = jdbc.sql("select count(*) from verdicts_snapshot where plan_code = :p and region_code = :r")
                    .param("p", PLAN)
                    .param("r", county)
                    .query(Long.class)
                    .single();
            long t = System.nanoTime();
            imports.importFile(Actor.system("benchmark"), ImportRequest.of(file, "benchmark", Status.APPROVED));
            commit += seconds(t);
            Publications.awaitCompletion(jdbc, Duration.ofMinutes(5));
            double s = seconds(t);
            fresh += s;
            worst = Math.max(worst, s);
            written += jdbc.sql("select count(*) from verdicts_snapshot where plan_code = :p and region_code = :r")
                            .param("p", PLAN)
                            .param("r", county)
                            .query(Long.class)
                            .single()
                    - before;
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/cockpit"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("the cockpit answered " + page.statusCode());
            }
        }
        add(
                "baseline (b): `COPY … TO` of one county's observations (" + indicators * 11 + " rows), mean of "
                        + runs,
                String.format(Locale.ROOT, "%.0f ms", baseline / runs * 1000),
                "—");
        add(
                String.format(
                        Locale.ROOT,
                        "(b) one county's %,d new values: file → checked → committed (the import alone), mean of %d",
                        indicators * 11,
                        runs),
                String.format(Locale.ROOT, "%.0f ms", commit / runs * 1000),
                "—");
        add(
                String.format(
                        Locale.ROOT,
                        "(b) … → `ObservationsChanged` → its %,d fresh verdicts stored (%,d written in all) → `VerdictsRecomputed` → cockpit read models rebuilt, mean of %d (worst)",
                        indicators,
                        written,
                        runs),
                String.format(
                        Locale.ROOT,
                        "%.0f ms (%.0f ms) = %.1f × baseline",
                        fresh / runs * 1000,
                        worst * 1000,
                        fresh / baseline),
                fresh / runs <= 1 ? "≤ 1 s: met" : String.format(Locale.ROOT, "≤ 1 s: not met (%.1f×)", fresh / runs));
    }

    private static List<NationalDataset.Division> setUp(ConfigurableApplicationContext context, int indicators)
            throws IOException {
        Path divisions = Path.of("bench/out/divisions.csv");
        NationalDataset.writeDivisions(divisions);
        try (Reader r = Files.newBufferedReader(divisions)) {
            context.getBean(RegionService.class).loadDivisions("divisions.csv", r);
        }
        IndicatorService defined = context.getBean(IndicatorService.class);
        for (int i = 0; i < indicators; i++) {
            defined.define(new Indicator(
                    NationalDataset.indicator(i),
                    new LocalizedText("合成指标 " + (i + 1), "Synthetic indicator " + (i + 1)),
                    "单位",
                    "higher",
                    "synthetic, for benchmarks only"));
        }
        return NationalDataset.divisions();
    }

    /** Every region × indicator × year as an approved first revision, one SQL statement an indicator. */
    private static long generate(JdbcClient jdbc, int indicators) {
        long written = 0;
        for (int i = 1; i <= indicators; i++) {
            written += generateOne(jdbc, i);
        }
        return written;
    }

    private static long generateOne(JdbcClient jdbc, int indicator) {
        return jdbc.sql("""
                        insert into data_revision (indicator_code, region_code, period, revision, value, unit, source,
                                                   status, reason, changed_by)
                        select i.code, r.code, y::text, 1,
                               round((10 + (abs(hashtext(i.code || r.code)) % 99000) / 100.0)
                                     * power(1 + (abs(hashtext(r.code || i.code)) % 800) / 10000.0, y - 2015)
                                     * (1 + ((abs(hashtext(i.code || r.code || y)) % 200) - 100) / 10000.0), 2),
                               '单位', 'synthetic benchmark data - not statistics', 'approved', 'benchmark', 'benchmark'
                        from (select format('bench_%s', lpad(n::text, 3, '0')) as code
                              from generate_series(:n, :n) n) i
                        cross join regions_region r
                        cross join generate_series(2015, 2025) y
                        order by 1, 2, 3
                        """).param("n", indicator).update();
    }

    /** A synthetic plan: one target per indicator on the national scope, the kinds in turn. */
    private static String plan(int indicators) {
        StringBuilder quotes = new StringBuilder();
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < indicators; i++) {
            String kind = KINDS[i % KINDS.length];
            String quote = "synthetic target " + (i + 1);
            quotes.append(quote).append(". ");
            targets.append("- code: B")
                    .append(i + 1)
                    .append('\n')
                    .append("  article: A1\n")
                    .append("  title: {zh: 合成目标")
                    .append(i + 1)
                    .append(", en: Synthetic target ")
                    .append(i + 1)
                    .append("}\n")
                    .append("  kind: ")
                    .append(kind)
                    .append('\n')
                    .append("  indicator: ")
                    .append(NationalDataset.indicator(i))
                    .append('\n')
                    .append("  unit: ")
                    .append(kind.equals("annual_growth") ? "\"%\"" : "单位")
                    .append('\n');
            switch (kind) {
                case "level" -> targets.append("  comparator: at_least\n  value: 2000\n");
                case "annual_growth" -> targets.append("  comparator: at_least\n  value: 4\n");
                case "annual_increment" -> targets.append("  comparator: at_least\n  value: 20\n");
                case "maintain" -> targets.append("  comparator: at_least\n  value: 50\n");
                default -> targets.append("  comparator: at_least\n  value: 40\n");
            }
            targets.append("  baseline: {year: 2020}\n  target_year: 2025\n  scope: \"100000\"\n  quote: ")
                    .append(quote)
                    .append('\n');
        }
        return "format: stocktake-plan/1\ncode: " + PLAN + "\n"
                + "title: {zh: \"合成全国规划（基准测试，非真实）\", en: \"Synthetic national plan (benchmark: not real)\"}\n"
                + "start_year: 2021\nend_year: 2025\nregion: \"100000\"\n"
                + "parts:\n- number: \"1\"\n  title: {zh: 合成, en: Synthetic}\n  articles:\n"
                + "  - code: A1\n    number: \"1\"\n    title: {zh: 合成, en: Synthetic}\n    text: \"" + quotes + "\"\n"
                + "targets:\n" + targets;
    }

    /** Every target decomposed to every region below the national scope (synthetic values). */
    private static byte[] decomposition(int indicators, List<NationalDataset.Division> regions) {
        StringBuilder csv = new StringBuilder(indicators * regions.size() * 40);
        csv.append("target,region,value,year,source,example\n");
        for (int i = 0; i < indicators; i++) {
            String kind = KINDS[i % KINDS.length];
            for (int r = 0; r < regions.size(); r++) {
                NationalDataset.Division d = regions.get(r);
                if (d.level().equals("country")) {
                    continue;
                }
                double value = switch (kind) {
                    case "level" -> 200 + (r * 7 + i) % 1500;
                    case "annual_growth" -> 2 + (r + i) % 6;
                    case "annual_increment" -> 5 + (r + i) % 30;
                    default -> 20 + (r * 3 + i) % 80;
                };
                csv.append('B')
                        .append(i + 1)
                        .append(',')
                        .append(d.code())
                        .append(',')
                        .append(value)
                        .append(",2025,synthetic,true\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double copyOut(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long t = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, Writer.nullWriter());
            return seconds(t);
        }
    }

    private Thread sampler() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long used = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
                sampledPeak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private void add(String measure, String result, String goal) {
        rows.add(new String[] {measure, result, goal});
        System.out.println("  " + measure + ": " + result + " " + goal);
    }

    private static void note(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    private String table() {
        StringBuilder b = new StringBuilder("| measure | result | goal |\n|---|---|---|\n");
        rows.forEach(r -> b.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return b.toString();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
