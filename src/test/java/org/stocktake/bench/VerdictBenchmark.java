package org.stocktake.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.Publications;
import org.stocktake.StocktakeApplication;
import org.stocktake.assessment.Comparison;
import org.stocktake.assessment.Direction;
import org.stocktake.assessment.Point;
import org.stocktake.assessment.Series;
import org.stocktake.assessment.TargetKind;
import org.stocktake.assessment.TargetSpec;
import org.stocktake.assessment.Verdict;
import org.stocktake.assessment.VerdictEngine;
import org.stocktake.assessment.VerdictInput;
import org.stocktake.observations.ImportRequest;
import org.stocktake.observations.ImportService;
import org.stocktake.observations.Status;
import org.stocktake.verdicts.VerdictService;

/**
 * Verdict workloads, in one run: (A) a full recompute of every target × region of the national
 * synthetic data set (300 indicators with one target each, 3,209 regions, 2015–2025) against the
 * time to build the same inputs; (B) on the Hunan data set, committing one region's new values
 * until its fresh verdicts are stored, against the same import of a value no target uses.
 */
public final class VerdictBenchmark {

    private static final TargetKind[] KINDS = {
        TargetKind.LEVEL,
        TargetKind.ANNUAL_GROWTH,
        TargetKind.ANNUAL_INCREMENT,
        TargetKind.MAINTAIN,
        TargetKind.DIRECTION
    };

    public static void main(String[] args) throws Exception {
        int indicators = args.length > 1 && args[0].equals("--indicators") ? Integer.parseInt(args[1]) : 300;
        List<NationalDataset.Division> regions = NationalDataset.divisions();
        StringBuilder table = new StringBuilder("| measure | result |\n|---|---|\n");
        fullRecompute(indicators, regions, table);
        commitToVerdict(table);
        System.out.print(table);
        Files.createDirectories(Path.of("bench/out"));
        Files.writeString(Path.of("bench/out/verdicts.md"), table.toString());
    }

    private static void fullRecompute(int indicators, List<NationalDataset.Division> regions, StringBuilder table) {
        long t0 = System.nanoTime();
        List<VerdictInput> inputs = inputs(indicators, regions);
        long built = System.nanoTime() - t0;
        judge(inputs.subList(0, Math.min(inputs.size(), 50_000)));
        long t1 = System.nanoTime();
        long judged = judge(inputs);
        long spent = System.nanoTime() - t1;
        table.append(String.format(
                "| build the inputs of %,d target × region pairs (baseline) | %.2f s |%n", inputs.size(), built / 1e9));
        table.append(String.format(
                "| full verdict recompute, every target × region, %d threads | %.2f s (%,.0f verdicts/s; %,d judged) = %.2f × baseline |%n",
                Runtime.getRuntime().availableProcessors(),
                spent / 1e9,
                inputs.size() / (spent / 1e9),
                judged,
                spent / (double) built));
    }

    private static List<VerdictInput> inputs(int indicators, List<NationalDataset.Division> regions) {
        SplittableRandom random = new SplittableRandom(20210713L);
        List<VerdictInput> inputs = new ArrayList<>(indicators * regions.size());
        for (int i = 0; i < indicators; i++) {
            TargetKind kind = KINDS[i % KINDS.length];
            for (int r = 0; r < regions.size(); r++) {
                double level = 10 + random.nextDouble() * 990;
                double growth = 1 + random.nextDouble() * 0.08;
                List<Point> points = new ArrayList<>(11);
                for (int y = NationalDataset.FIRST_YEAR; y <= NationalDataset.LAST_YEAR; y++) {
                    level *= growth * (1 + (random.nextDouble() - 0.5) * 0.02);
                    points.add(new Point(y, Math.round(level * 100) / 100.0));
                }
                double base = points.get(5).value();
                TargetSpec spec = new TargetSpec(
                        kind,
                        Comparison.AT_LEAST,
                        value(kind, base),
                        2020,
                        null,
                        2025,
                        kind == TargetKind.DIRECTION ? Direction.POSITIVE : null,
                        false,
                        null,
                        null);
                inputs.add(VerdictInput.of(spec, Series.of(points), 2024));
            }
        }
        return inputs;
    }

    private static Double value(TargetKind kind, double base) {
        return switch (kind) {
            case LEVEL -> base * 1.3;
            case ANNUAL_GROWTH -> 5.0;
            case ANNUAL_INCREMENT -> base * 0.04;
            case MAINTAIN -> base * 0.9;
            default -> null;
        };
    }

    private static long judge(List<VerdictInput> inputs) {
        AtomicLong judged = new AtomicLong();
        inputs.parallelStream().forEach(in -> {
            if (VerdictEngine.assess(in) instanceof Verdict.Judged) {
                judged.incrementAndGet();
            }
        });
        return judged.get();
    }

    private static void commitToVerdict(StringBuilder table) throws Exception {
        Path data = Path.of("bench/out/verdict-data");
        deleteTree(data);
        SpringApplication app = new SpringApplication(StocktakeApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context =
                app.run("--stocktake.data-dir=" + data, "--logging.level.root=WARN")) {
            ImportService imports = context.getBean(ImportService.class);
            VerdictService verdicts = context.getBean(VerdictService.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Publications.awaitCompletion(jdbc);
            long unused = 0;
            long used = 0;
            int runs = 10;
            for (int run = 0; run < runs; run++) {
                unused += timeImport(
                        imports, jdbc, data, "resident_population,430102," + (2030 + run) + "," + (60 + run));
                long before = verdicts.current("hunan-central-2021").size();
                used += timeImport(
                        imports, jdbc, data, "forest_coverage,430000," + (2025 + run % 1) + "," + (54.2 + run / 10.0));
                if (verdicts.current("hunan-central-2021").size() != before) {
                    throw new IllegalStateException("the set of verdicts changed shape");
                }
            }
            table.append(String.format(
                    "| one region's new value → commit, no verdict uses it (baseline), mean of %d | %.0f ms |%n",
                    runs, unused / 1e6 / runs));
            table.append(String.format(
                    "| one region's new value → commit → fresh verdicts of the plan stored, mean of %d | %.0f ms = %.2f × baseline |%n",
                    runs, used / 1e6 / runs, used / (double) unused));
        }
    }

    /** From the file to the commit and the end of every listener it caused (the verdicts' recompute among them). */
    private static long timeImport(ImportService imports, JdbcClient jdbc, Path dir, String row) throws Exception {
        Path file = dir.resolve("one-region.csv");
        Files.writeString(
                file,
                "indicator,region,period,value,unit,source,flags\n" + row + ",,benchmark value (not a statistic),\n");
        long t = System.nanoTime();
        imports.importFile(
                org.stocktake.accounts.Actor.system("benchmark"), ImportRequest.of(file, "benchmark", Status.APPROVED));
        Publications.awaitCompletion(jdbc);
        return System.nanoTime() - t;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
