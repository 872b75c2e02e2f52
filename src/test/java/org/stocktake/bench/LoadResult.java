package org.stocktake.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The samples of one phase: each user thread records into its own recorder; merged at the end. */
final class LoadResult {

    /** Times in nanoseconds, growable, for one user thread. */
    static final class Times {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    /** One user thread's samples by kind, reads and writes apart. */
    final class Recorder {
        final Map<String, Times> byKind = new TreeMap<>();
        final Times reads = new Times();
        final Times writes = new Times();
        final Times all = new Times();

        void add(LoadBenchmark.Sample s) {
            byKind.computeIfAbsent(s.kind(), k -> new Times()).add(s.nanos());
            (s.write() ? writes : reads).add(s.nanos());
            all.add(s.nanos());
            if (!s.ok()) {
                errors.computeIfAbsent(s.kind(), k -> new AtomicLong()).incrementAndGet();
                failures.computeIfAbsent(s.kind() + ": " + s.failure(), k -> new AtomicLong())
                        .incrementAndGet();
            }
        }
    }

    final String name;
    final int users;
    private final List<Recorder> recorders = new CopyOnWriteArrayList<>();
    final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    double seconds;
    String loadBefore;
    String loadAfter;
    /** CPU seconds the server and its database used during the phase (NaN when unknown). */
    double serverCpu = Double.NaN;

    LoadResult(String name, int users) {
        this.name = name;
        this.users = users;
    }

    Recorder recorder() {
        Recorder r = new Recorder();
        recorders.add(r);
        return r;
    }

    void finish(double elapsed, String before, String after, double serverCpuSeconds) {
        this.serverCpu = serverCpuSeconds;
        this.seconds = elapsed;
        this.loadBefore = before;
        this.loadAfter = after;
    }

    long[] reads() {
        return merge(recorders.stream().map(r -> r.reads).toList());
    }

    long[] writes() {
        return merge(recorders.stream().map(r -> r.writes).toList());
    }

    long[] all() {
        return merge(recorders.stream().map(r -> r.all).toList());
    }

    /** Sorted times of each kind of request. */
    Map<String, long[]> byKind() {
        Map<String, List<Times>> grouped = new TreeMap<>();
        recorders.forEach(r -> r.byKind.forEach(
                (k, t) -> grouped.computeIfAbsent(k, x -> new ArrayList<>()).add(t)));
        Map<String, long[]> result = new TreeMap<>();
        grouped.forEach((k, t) -> result.put(k, merge(t)));
        return result;
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    double throughput() {
        return all().length / seconds;
    }

    /** The server's CPU time per answered request, in milliseconds. */
    double cpuPerRequest() {
        return serverCpu * 1000 / all().length;
    }

    String summary() {
        long[] reads = reads();
        long[] writes = writes();
        return String.format(
                Locale.ROOT,
                "%d requests in %.1f s (%.0f/s), reads p50 %.1f p95 %.1f p99 %.1f ms, "
                        + "writes p95 %.1f ms, %d errors; server CPU %.1f s (%.2f ms per request); load average %s → %s",
                all().length,
                seconds,
                throughput(),
                ms(reads, 50),
                ms(reads, 95),
                ms(reads, 99),
                ms(writes, 95),
                errorCount(),
                serverCpu,
                cpuPerRequest(),
                loadBefore,
                loadAfter);
    }

    /** The p-th percentile (nearest rank) of sorted times, in milliseconds; NaN when there are none. */
    static double ms(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static long[] merge(List<Times> parts) {
        int size = parts.stream().mapToInt(t -> t.size).sum();
        long[] merged = new long[size];
        int at = 0;
        for (Times t : parts) {
            System.arraycopy(t.values, 0, merged, at, t.size);
            at += t.size;
        }
        Arrays.sort(merged);
        return merged;
    }
}
