package org.stocktake.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The load benchmark's figures as markdown: one row per phase, the goals, and each kind of request. */
final class LoadReport {

    /** A mixed phase and the static file at the same number of users, in the same run. */
    record Pair(int users, LoadResult mixed, LoadResult statics) {}

    private LoadReport() {}

    static String markdown(List<Pair> pairs, String mix, String peakMix, int tasks, int thinkMs) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "Users: %s; at the peak %s. %d extra tasks in the Hunan plan; think time %s.%n%n",
                mix,
                peakMix,
                tasks,
                thinkMs == 0 ? "none (each user sends its next request on the answer)" : "about " + thinkMs + " ms"));
        b.append("| phase | duration | requests | throughput | reads p50 / p95 / p99 | writes p50 / p95 | errors "
                + "| static file at the same users: throughput, p95 | throughput ÷ static file "
                + "| server CPU per request: mix, static file | load average (start → end) |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Pair p : pairs) {
            LoadResult m = p.mixed();
            LoadResult s = p.statics();
            long[] reads = m.reads();
            long[] writes = m.writes();
            b.append(String.format(
                    Locale.ROOT,
                    "| %d users | %.0f s | %,d | %.0f req/s | %.1f / %.1f / %.1f ms "
                            + "| %.1f / %.1f ms | %d | %.0f req/s, %.1f ms | %.2f | %.2f ms, %.2f ms | %s → %s |%n",
                    p.users(),
                    m.seconds,
                    m.all().length,
                    m.throughput(),
                    LoadResult.ms(reads, 50),
                    LoadResult.ms(reads, 95),
                    LoadResult.ms(reads, 99),
                    LoadResult.ms(writes, 50),
                    LoadResult.ms(writes, 95),
                    m.errorCount(),
                    s.throughput(),
                    LoadResult.ms(s.all(), 95),
                    m.throughput() / s.throughput(),
                    m.cpuPerRequest(),
                    s.cpuPerRequest(),
                    m.loadBefore,
                    m.loadAfter));
        }
        Pair main = pairs.get(0);
        long[] reads = main.mixed().reads();
        b.append(String.format(
                Locale.ROOT,
                "%nGoals at %d users: zero errors — %s (%d; %d at %d users); reads p95 ≤ 100 ms — "
                        + "%s (%.1f ms); reads p99 ≤ 250 ms — %s (%.1f ms).%n",
                main.users(),
                main.mixed().errorCount() == 0 ? "met" : "not met",
                main.mixed().errorCount(),
                pairs.get(pairs.size() - 1).mixed().errorCount(),
                pairs.get(pairs.size() - 1).users(),
                LoadResult.ms(reads, 95) <= 100 ? "met" : "not met",
                LoadResult.ms(reads, 95),
                LoadResult.ms(reads, 99) <= 250 ? "met" : "not met",
                LoadResult.ms(reads, 99)));
        for (Pair p : pairs) {
            b.append(String.format(Locale.ROOT, "%n%d users, by request:%n%n", p.users()));
            b.append(
                    "| request | count | p50 ms | p95 ms | p99 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
            for (Map.Entry<String, long[]> e : p.mixed().byKind().entrySet()) {
                long[] t = e.getValue();
                var errors = p.mixed().errors.get(e.getKey());
                b.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %,d | %.1f | %.1f | %.1f | %.1f | %d |%n",
                        e.getKey(),
                        t.length,
                        LoadResult.ms(t, 50),
                        LoadResult.ms(t, 95),
                        LoadResult.ms(t, 99),
                        LoadResult.ms(t, 100),
                        errors == null ? 0 : errors.get()));
            }
            if (!p.mixed().failures.isEmpty()) {
                b.append("\nErrors seen (first 10 kinds):\n\n");
                p.mixed().failures.entrySet().stream()
                        .limit(10)
                        .forEach(f -> b.append("- ")
                                .append(f.getValue().get())
                                .append(" × ")
                                .append(f.getKey())
                                .append('\n'));
            }
        }
        return b.toString();
    }
}
