package org.stocktake.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A cluster's {@code postmaster.pid}: the server's process id (line 1), its data directory
 * (line 2) and port (line 4). A file copied with the data directory, or left behind by a crash,
 * can name a process that is not this cluster's server; {@link #ours(Path)} tells them apart.
 */
record PostmasterPid(Path file, long pid, Path dataDirectory, Optional<Integer> port) {

    static Optional<PostmasterPid> read(Path clusterDir) throws IOException {
        Path file = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.of(new PostmasterPid(file, -1, null, Optional.empty()));
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            pid = -1;
        }
        Path dir = lines.size() > 1 && !lines.get(1).isBlank()
                ? Path.of(lines.get(1).trim())
                : null;
        Optional<Integer> port = Optional.empty();
        if (lines.size() > 3) {
            try {
                port = Optional.of(Integer.parseInt(lines.get(3).trim()));
            } catch (NumberFormatException e) {
                port = Optional.empty();
            }
        }
        return Optional.of(new PostmasterPid(file, pid, dir, port));
    }

    /**
     * The live PostgreSQL server of this cluster, if the recorded process is one: alive, a
     * {@code postgres} executable, started with {@code -D} naming this cluster, which is also the
     * directory the file records. A decoy process, a reused process id or the server of the
     * directory this one was copied from are not ours.
     */
    Optional<ProcessHandle> ours(Path clusterDir) {
        if (pid <= 0 || dataDirectory == null || !same(dataDirectory, clusterDir)) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = commandLine(process.get());
        if (command.isEmpty()
                || !Path.of(command.get(0)).getFileName().toString().equals("postgres")) {
            return Optional.empty();
        }
        int d = command.indexOf("-D");
        if (d < 0 || d + 1 >= command.size() || !same(Path.of(command.get(d + 1)), clusterDir)) {
            return Optional.empty();
        }
        return process;
    }

    private static List<String> commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(proc)) {
                String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
                return Arrays.stream(raw.split("\0")).filter(s -> !s.isEmpty()).toList();
            }
        } catch (IOException e) {
            return List.of();
        }
        ProcessHandle.Info info = process.info();
        if (info.command().isEmpty()) {
            return List.of();
        }
        List<String> command = new java.util.ArrayList<>();
        command.add(info.command().get());
        info.arguments().ifPresent(a -> command.addAll(Arrays.asList(a)));
        return command;
    }

    private static boolean same(Path a, Path b) {
        Path x = a.toAbsolutePath().normalize();
        Path y = b.toAbsolutePath().normalize();
        if (x.equals(y)) {
            return true;
        }
        try {
            return Files.exists(x) && Files.exists(y) && Files.isSameFile(x, y);
        } catch (IOException e) {
            return false;
        }
    }
}
