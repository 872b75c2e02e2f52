package org.stocktake.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose cluster lives in {@code <dataDir>/pg}. The first Stocktake process
 * to take the data directory's lock starts the server and stops it on exit; a second process
 * (a CLI command beside a running server) connects to the running one instead. A server left
 * running by a process that was killed is stopped and started again, so the cluster recovers
 * from its write-ahead log with every committed row.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path clusterDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres server;
    private final int port;

    private EmbeddedDatabase(Path clusterDir, FileChannel lockChannel, FileLock lock,
            EmbeddedPostgres server, int port) {
        this.clusterDir = clusterDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.port = port;
    }

    static EmbeddedDatabase open(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        Path clusterDir = dataDir.resolve("pg");
        FileChannel channel = FileChannel.open(dataDir.resolve("stocktake.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            int running = runningPort(clusterDir).orElseThrow(() -> new IllegalStateException(
                    "数据目录 " + dataDir + " 被另一个 Stocktake 进程占用，但找不到其数据库端口 / "
                    + "the data directory is locked by another Stocktake process, but its database port is unknown"));
            log.info("Using the embedded PostgreSQL already running on port {}", running);
            return new EmbeddedDatabase(clusterDir, null, null, null, running);
        }
        stopOrphan(clusterDir);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(clusterDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), clusterDir);
        return new EmbeddedDatabase(clusterDir, channel, lock, server, server.getPort());
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** The port recorded in the cluster's postmaster.pid, if a server runs there. */
    private static Optional<Integer> runningPort(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
    }

    /** Stops a postmaster that a killed Stocktake process left behind, so ours can start. */
    private static void stopOrphan(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (orphan.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running by a process that ended abruptly", pid);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            orphan.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("无法停止遗留的 PostgreSQL 进程 " + pid + " / could not stop the leftover PostgreSQL process", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
        if (lock != null) {
            lock.release();
            lockChannel.close();
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDatabase[" + clusterDir + ", port " + port + "]";
    }
}
