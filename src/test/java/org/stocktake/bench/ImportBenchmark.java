package org.stocktake.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.StocktakeApplication;
import org.stocktake.indicators.Indicator;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.observations.ImportRequest;
import org.stocktake.observations.ImportResult;
import org.stocktake.observations.ImportService;
import org.stocktake.observations.ObservationsChanged;
import org.stocktake.observations.Status;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.LocalizedText;

/**
 * The import benchmark ({@code bench/run}): generates the synthetic national data set, then
 * measures in one run PostgreSQL's own COPY of the file into a bare table, our import of the
 * same file (validation included) with its peak heap, a re-import (a no-op), and the delay from
 * one region's new values to their commit and announcement. Prints a markdown table and writes
 * it to {@code bench/out/results.md}. Arguments: {@code [--indicators N]} (default 300).
 */
public final class ImportBenchmark {

    private final List<String[]> results = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int indicators = args.length == 2 && args[0].equals("--indicators") ? Integer.parseInt(args[1]) : 300;
        new ImportBenchmark().run(indicators);
        System.exit(0);
    }

    private void run(int indicatorCount) throws Exception {
        Path out = Files.createDirectories(Path.of("bench/out"));
        String loadStart = loadAverage();
        deleteTree(out.resolve("data"));
        Path divisions = out.resolve("divisions.csv");
        NationalDataset.writeDivisions(divisions);
        Path file = out.resolve("national.csv");
        long t0 = System.nanoTime();
        long rows = NationalDataset.writeObservations(file, indicatorCount, NationalDataset.divisions());
        log("generated %,d rows (%,d MB) in %.1f s", rows, Files.size(file) >> 20, seconds(t0));

        SpringApplication app = new SpringApplication(StocktakeApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        try (ConfigurableApplicationContext context = app.run(
                "--stocktake.data-dir=bench/out/data",
                "--stocktake.seed.enabled=false",
                "--logging.level.root=WARN",
                "--logging.level.org.stocktake.observations=INFO")) {
            setUp(context, divisions, indicatorCount);
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            double copyRate = bareCopy(context.getBean(DataSource.class), jdbc, file, rows);
            ImportService imports = context.getBean(ImportService.class);
            double importRate = ourImport(imports, jdbc, file, copyRate);
            double copyAgain = copyInto(context.getBean(DataSource.class), jdbc, file, rows, "");
            double ratio = importRate * 2 / (copyRate + copyAgain);
            add(
                    "PostgreSQL `COPY` into a bare table again, right after our import (the machine's load moves)",
                    rate(copyAgain, rows / copyAgain)
                            + String.format(
                                    Locale.ROOT, "; our import = **%.2f × the mean of both COPY rates**", ratio),
                    "≥ 0.5 × COPY",
                    ratio >= 0.5 ? "met" : "not met");
            reImport(imports, jdbc, file, rows);
            regionRevision(context, imports, out, indicatorCount);
        }
        results.add(new String[] {
            "full verdict recompute, every target × region",
            "PLACEHOLDER — verdict engine not in this tree",
            "< 10 s on 2 cores",
            "—"
        });
        results.add(new String[] {
            "one region's new values → fresh verdicts",
            "PLACEHOLDER — verdict engine not in this tree (data side above)",
            "< 1 s",
            "—"
        });
        String table = table(rows, indicatorCount) + "\nLoad average (1, 5, 15 min) at the start: " + loadStart
                + "; at the end: " + loadAverage() + " (other work on the machine shares the 2 cores).\n";
        System.out.println(table);
        Files.writeString(out.resolve("results.md"), table, StandardCharsets.UTF_8);
    }

    private void setUp(ConfigurableApplicationContext context, Path divisions, int indicatorCount) throws IOException {
        try (Reader r = Files.newBufferedReader(divisions)) {
            context.getBean(RegionService.class).loadDivisions("divisions.csv", r);
        }
        IndicatorService indicators = context.getBean(IndicatorService.class);
        for (int i = 0; i < indicatorCount; i++) {
            indicators.define(new Indicator(
                    NationalDataset.indicator(i),
                    new LocalizedText("合成指标 " + (i + 1), "Synthetic indicator " + (i + 1)),
                    "单位",
                    "higher",
                    "synthetic, for benchmarks only"));
        }
    }

    private double bareCopy(DataSource dataSource, JdbcTemplate jdbc, Path file, long rows) throws Exception {
        double rate = copyInto(dataSource, jdbc, file, rows, "");
        add(
                "PostgreSQL `COPY` of the file into a bare table (no index, no checks)",
                rate(rate, rows / rate),
                "baseline",
                "—");
        double keyed = copyInto(dataSource, jdbc, file, rows, ", primary key (indicator, region, period)");
        add(
                "for reference: the same `COPY` into a table with a key index (no checks, no history)",
                rate(keyed, rows / keyed) + String.format(Locale.ROOT, " = %.2f × COPY", keyed / rate),
                "—",
                "—");
        return rate;
    }

    private static double copyInto(DataSource dataSource, JdbcTemplate jdbc, Path file, long rows, String key)
            throws Exception {
        jdbc.execute("create table bench_copy (indicator text collate \"C\", region text collate \"C\","
                + " period text collate \"C\", value numeric, unit text, source text, flags text" + key + ")");
        jdbc.execute("checkpoint");
        long t = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                Reader r = Files.newBufferedReader(file)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy from stdin (format csv, header true)", r);
        }
        double s = seconds(t);
        jdbc.execute("drop table bench_copy");
        return rows / s;
    }

    private double ourImport(ImportService imports, JdbcTemplate jdbc, Path file, double copyRate) throws Exception {
        jdbc.execute("checkpoint");
        HeapWatch heap = HeapWatch.start();
        long t = System.nanoTime();
        ImportResult result = imports.importFile(
                org.stocktake.accounts.Actor.system("benchmark"), request(file, "benchmark: first load"));
        double s = seconds(t);
        long[] peak = heap.stop();
        double rate = result.appended() / s;
        add(
                "our import, first load: 2 streaming passes, every row checked, COPY into the revision table",
                rate(rate, s)
                        + String.format(
                                Locale.ROOT,
                                " = %.2f × COPY; pass 1 (check) %.1f s, pass 2 (write, commit) %.1f s",
                                rate / copyRate,
                                result.checking().toMillis() / 1e3,
                                result.writing().toMillis() / 1e3),
                "≥ 0.5 × COPY",
                "see the second COPY");
        add(
                "peak heap during the import (JVM run with -Xmx512m)",
                String.format(
                        Locale.ROOT,
                        "%d MB sampled every 20 ms; %d MB sum of pool peaks",
                        peak[0] >> 20,
                        peak[1] >> 20),
                "< 512 MB",
                peak[1] < 512L << 20 ? "met" : "not met");
        return rate;
    }

    private void reImport(ImportService imports, JdbcTemplate jdbc, Path file, long rows) {
        long before = jdbc.queryForObject("select count(*) from data_revision", Long.class);
        long t = System.nanoTime();
        ImportResult result = imports.importFile(
                org.stocktake.accounts.Actor.system("benchmark"), request(file, "benchmark: same file again"));
        double s = seconds(t);
        long after = jdbc.queryForObject("select count(*) from data_revision", Long.class);
        add(
                "re-import of the same file (general path: COPY to staging, compare with current revisions)",
                rate(rows / s, s)
                        + String.format(
                                Locale.ROOT,
                                "; pass 1 %.1f s, pass 2 %.1f s",
                                result.checking().toMillis() / 1e3,
                                result.writing().toMillis() / 1e3)
                        + "; appended " + result.appended() + ", revisions " + before + " → " + after,
                "no-op",
                result.appended() == 0 && before == after ? "met" : "not met");
    }

    private void regionRevision(
            ConfigurableApplicationContext context, ImportService imports, Path out, int indicatorCount)
            throws IOException {
        String region = NationalDataset.divisions().get(1000).code();
        Path file = out.resolve("region-" + region + ".csv");
        long rows = NationalDataset.writeRegionRevision(file, indicatorCount, region);
        AtomicLong announced = new AtomicLong();
        context.addApplicationListener((ApplicationListener<PayloadApplicationEvent<ObservationsChanged>>)
                e -> announced.compareAndSet(0, System.nanoTime()));
        long t = System.nanoTime();
        ImportResult result = imports.importFile(
                org.stocktake.accounts.Actor.system("benchmark"), request(file, "benchmark: one region revised"));
        double committed = seconds(t);
        double event = announced.get() == 0 ? Double.NaN : (announced.get() - t) / 1e9;
        add(
                String.format(
                        Locale.ROOT,
                        "one region's new values (%,d rows, region %s): file → commit → "
                                + "`ObservationsChanged` published (in the transaction)",
                        rows,
                        region),
                String.format(
                        Locale.ROOT,
                        "%.0f ms to commit, %.0f ms to the event; %d revisions, %d flagged as outliers",
                        committed * 1000,
                        event * 1000,
                        result.appended(),
                        result.outlierCount()),
                "< 1 s to fresh verdicts",
                committed < 1 ? "data side met" : "not met");
    }

    private static ImportRequest request(Path file, String reason) {
        return new ImportRequest(file, null, reason, Status.APPROVED, null, null);
    }

    private void add(String what, String figure, String goal, String verdict) {
        results.add(new String[] {what, figure, goal, verdict});
        log("%s: %s", what, figure);
    }

    private String table(long rows, int indicators) {
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "Synthetic national data set (not statistics): %,d regions × %d indicators × 2015–2025 = %,d rows; "
                        + "%d CPU cores, JVM max heap %d MB.%n%n| measure | result | goal | |%n|---|---|---|---|%n",
                NationalDataset.divisions().size(),
                indicators,
                rows,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20));
        for (String[] r : results) {
            s.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return s.toString();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String rate(double perSecond, double seconds) {
        return String.format(Locale.ROOT, "%,.0f rows/s (%.1f s)", perSecond, seconds);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Peak heap: sampled used heap, and the sum of the heap pools' own peaks (an upper bound). */
    private static final class HeapWatch {
        private final Thread sampler;
        private volatile boolean running = true;
        private volatile long max;

        private HeapWatch() {
            sampler = new Thread(
                    () -> {
                        while (running) {
                            max = Math.max(
                                    max,
                                    ManagementFactory.getMemoryMXBean()
                                            .getHeapMemoryUsage()
                                            .getUsed());
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
            sampler.setDaemon(true);
        }

        static HeapWatch start() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            HeapWatch watch = new HeapWatch();
            watch.sampler.start();
            return watch;
        }

        long[] stop() throws InterruptedException {
            running = false;
            sampler.join();
            long pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            return new long[] {max, pools};
        }
    }
}
