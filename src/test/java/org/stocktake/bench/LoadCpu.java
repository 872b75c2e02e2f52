package org.stocktake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time the server spent (its JVM, plus its PostgreSQL: the postmaster of the data directory
 * and every backend it started), read from {@code /proc}. On a machine shared with other work,
 * CPU per request is the figure that does not move with the neighbours.
 */
final class LoadCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private final long serverPid;
    private final String dataDir;

    LoadCpu(long serverPid, String dataDir) {
        this.serverPid = serverPid;
        this.dataDir = dataDir;
    }

    /** Seconds of CPU (user + system) used so far by the server and its database; NaN when unknown. */
    double seconds() {
        if (serverPid <= 0) {
            return Double.NaN;
        }
        List<long[]> processes = new ArrayList<>();
        long postmaster = -1;
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path p : entries.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(p.getFileName().toString());
                    processes.add(
                            new long[] {pid, Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])});
                    if (dataDir != null && postmaster < 0) {
                        String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                        if (cmd.contains("postgres") && cmd.contains(dataDir)) {
                            postmaster = pid;
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        long ticks = 0;
        for (long[] p : processes) {
            if (p[0] == serverPid || p[0] == postmaster || (postmaster > 0 && p[1] == postmaster)) {
                ticks += p[2];
            }
        }
        return ticks / TICKS_PER_SECOND;
    }
}
