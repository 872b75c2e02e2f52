package org.stocktake.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.stocktake.households.FeedFiles;
import org.stocktake.households.HouseholdCsv;
import org.stocktake.households.SampleGenerator;
import org.stocktake.households.rules.Consistency;
import org.stocktake.households.rules.FeedKind;
import org.stocktake.households.rules.Household;
import org.stocktake.households.rules.MonitoringLine;
import org.stocktake.households.rules.MonitoringLines;
import org.stocktake.households.rules.Removal;
import org.stocktake.households.rules.Screening;

/**
 * The household benchmark ({@code bench/households}): on the province's sample (5 million
 * households, four department feeds of 1 million rows each, generated once under
 * {@code bench/out/households/}), measures (A) reading the files once, line by line, doing
 * nothing (the baseline); (B) the screening: feeds parsed, thresholds applied, indexed by person,
 * then every member of every household looked up; (C) the rule check (consistency rules and
 * removal conditions) of every household on two threads. Prints a markdown table with the ratios
 * against the baseline and the peak heap.
 */
public final class HouseholdsBenchmark {

    private HouseholdsBenchmark() {}

    public static void main(String[] args) throws Exception {
        long households = 5_000_000;
        int feedRows = 1_000_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--households")) {
                households = Long.parseLong(args[i + 1]);
            } else if (args[i].equals("--feed-rows")) {
                feedRows = Integer.parseInt(args[i + 1]);
            }
        }
        Path dir = Path.of("bench/out/households-" + households + "-" + feedRows);
        LocalDate today = LocalDate.now(Clock.system(ZoneId.systemDefault()));
        if (!Files.exists(dir.resolve("households.csv"))) {
            long t = System.nanoTime();
            SampleGenerator.province(dir, counties(), households, feedRows, today);
            System.out.printf("generated in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        Path csv = dir.resolve("households.csv");
        List<Path> feeds = FeedFiles.in(dir.resolve("feeds"));
        double readHouseholds = time(() -> lines(csv));
        double readFeeds = time(() -> {
            long n = 0;
            for (Path f : feeds) {
                n += lines(f);
            }
            return n;
        });
        long[] clues = new long[2];
        resetPeaks();
        double screening = time(() -> screen(csv, feeds, clues));
        long screeningPeak = peakHeap();
        long[] checked = new long[3];
        resetPeaks();
        double check = time(() -> check(csv, today, checked));
        long checkPeak = peakHeap();
        String table = String.format(
                java.util.Locale.ROOT,
                """
                | workload | time | baseline (read once) | ratio | peak heap | result |
                |---|---|---|---|---|---|
                | screening: %,d households × %d feeds of %,d rows | %.1f s | %.1f s | %.1f × | %d MB | %,d clues for households, %,d for other residents |
                | rule check of every household (2 threads) | %.1f s | %.1f s | %.1f × | %d MB | %,d findings, %,d households meeting every removal condition of %,d |
                """,
                households,
                feeds.size(),
                feedRows,
                screening,
                readHouseholds + readFeeds,
                screening / (readHouseholds + readFeeds),
                screeningPeak >> 20,
                clues[0],
                clues[1],
                check,
                readHouseholds,
                check / readHouseholds,
                checkPeak >> 20,
                checked[0],
                checked[1],
                checked[2]);
        System.out.println(table);
        Files.writeString(Path.of("bench/out/households.md"), table, StandardCharsets.UTF_8);
    }

    interface Work {
        long run() throws Exception;
    }

    private static double time(Work w) throws Exception {
        long t = System.nanoTime();
        w.run();
        return (System.nanoTime() - t) / 1e9;
    }

    private static long lines(Path f) throws IOException {
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            while (r.readLine() != null) {
                n++;
            }
        }
        return n;
    }

    private static long screen(Path csv, List<Path> feeds, long[] clues) throws IOException {
        Screening s = new Screening();
        for (Path f : feeds) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                r.readLine();
                String line;
                while ((line = r.readLine()) != null) {
                    int a = line.indexOf(',');
                    int b = line.indexOf(',', a + 1);
                    int c = line.indexOf(',', b + 1);
                    s.add(new Screening.FeedRow(
                            Screening.pack(line.substring(a + 1, b)),
                            line.substring(b + 1, c),
                            FeedKind.of(line.substring(0, a)),
                            Long.parseLong(line.substring(c + 1)) * 100));
                }
            }
        }
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String code = line.substring(0, line.indexOf(','));
                s.household(code, HouseholdCsv.county(line), HouseholdCsv.members(line), c -> clues[0]++);
            }
        }
        s.residents(c -> clues[1]++);
        return clues[0];
    }

    private static long check(Path csv, LocalDate today, long[] out) throws Exception {
        MonitoringLines lines = MonitoringLines.of(
                new MonitoringLine("43", today.getYear(), 870_000, 12, 6, LocalDate.of(today.getYear(), 1, 1)));
        AtomicLong findings = new AtomicLong();
        AtomicLong met = new AtomicLong();
        AtomicLong all = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> pending = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.readLine();
            List<String> batch = new ArrayList<>(10_000);
            String line;
            while ((line = r.readLine()) != null) {
                batch.add(line);
                if (batch.size() == 10_000) {
                    pending.add(submit(pool, batch, lines, today, findings, met, all));
                    batch = new ArrayList<>(10_000);
                    if (pending.size() > 8) {
                        pending.remove(0).get();
                    }
                }
            }
            pending.add(submit(pool, batch, lines, today, findings, met, all));
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        out[0] = findings.get();
        out[1] = met.get();
        out[2] = all.get();
        return all.get();
    }

    private static Future<?> submit(
            ExecutorService pool,
            List<String> batch,
            MonitoringLines lines,
            LocalDate today,
            AtomicLong findings,
            AtomicLong met,
            AtomicLong all) {
        return pool.submit(() -> {
            long f = 0;
            long m = 0;
            for (String l : batch) {
                Household h = HouseholdCsv.parse(l);
                f += Consistency.check(h, today).size();
                if (!h.cleared() && Removal.check(h, lines, today).met()) {
                    m++;
                }
            }
            findings.addAndGet(f);
            met.addAndGet(m);
            all.addAndGet(batch.size());
        });
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static List<String> counties() throws IOException {
        try (InputStream in = HouseholdsBenchmark.class.getResourceAsStream("/hunan/divisions.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .map(l -> l.split(","))
                    .filter(f -> f.length > 3 && "county".equals(f[3]))
                    .map(f -> f[0])
                    .toList();
        }
    }
}
