package org.stocktake.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stocktake.shared.Messages;

/**
 * A PostgreSQL server whose cluster lives in {@code <dataDir>/pg}. The first Stocktake process
 * to take the data directory's lock starts the server and stops it on exit. A second process
 * that only reads (a CLI command beside a running server) connects to the running one; a second
 * server or writer is refused. A server left running by a killed process is stopped and started
 * again, so the cluster recovers from its write-ahead log with every committed row; a process
 * that {@code postmaster.pid} names but that is not this cluster's server is never touched.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path clusterDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres server;
    private final int port;
    private final Credentials credentials;

    private EmbeddedDatabase(
            Path clusterDir,
            FileChannel lockChannel,
            FileLock lock,
            EmbeddedPostgres server,
            int port,
            Credentials credentials) {
        this.clusterDir = clusterDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.port = port;
        this.credentials = credentials;
    }

    /**
     * Starts (or, when {@code exclusive} is false and another process runs it, joins) the
     * embedded server of a data directory.
     */
    static EmbeddedDatabase open(Path dataDir, int port, boolean exclusive) throws IOException {
        Path clusterDir = dataDir.resolve("pg");
        FileChannel channel = lockChannel(dataDir);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            if (exclusive) {
                throw inUse(dataDir);
            }
            int running = PostmasterPid.read(clusterDir)
                    .flatMap(PostmasterPid::port)
                    .orElseThrow(
                            () -> new DatabaseUnavailableException(Messages.both("database.locked-no-port", dataDir)));
            log.info("Using the embedded PostgreSQL already running on port {}", running);
            return new EmbeddedDatabase(clusterDir, null, null, null, running, Credentials.load(dataDir));
        }
        return start(dataDir, port, channel, lock, false);
    }

    /**
     * Starts the server of a data directory on a new, empty cluster, deleting the one there (for
     * a restore). Refused while another Stocktake process uses the directory.
     */
    static EmbeddedDatabase openReplacing(Path dataDir) throws IOException {
        FileChannel channel = lockChannel(dataDir);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw inUse(dataDir);
        }
        return start(dataDir, 0, channel, lock, true);
    }

    private static FileChannel lockChannel(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        return FileChannel.open(dataDir.resolve("stocktake.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private static EmbeddedDatabase start(Path dataDir, int port, FileChannel channel, FileLock lock, boolean replace)
            throws IOException {
        Path clusterDir = dataDir.resolve("pg");
        try {
            Credentials credentials = Credentials.loadOrCreate(dataDir);
            clearStalePid(clusterDir);
            if (replace) {
                DatabaseArchive.deleteTree(clusterDir);
            }
            Path serverLog = dataDir.resolve("postgres.log");
            long logStart = Files.exists(serverLog) ? Files.size(serverLog) : 0;
            Credentials.ownerOnly(serverLog);
            EmbeddedPostgres server;
            try {
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(clusterDir)
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                        .setCleanDataDirectory(false)
                        // stopped by close(), after everything that uses it: the application context
                        // closes the data source and the event registry first (a hook of its own would race them)
                        .setRegisterShutdownHook(false)
                        .setPort(port)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("listen_addresses", "localhost")
                        .setServerConfig("password_encryption", "scram-sha-256")
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setConnectConfig("password", credentials.superuser())
                        .setDataDirectoryCustomizer(dir -> ClusterSecurity.prepareCluster(dir.toPath(), credentials))
                        .start();
            } catch (IOException | IllegalStateException e) {
                throw new DatabaseUnavailableException(
                        Messages.both("database.start-failed") + ": "
                                + lastFatal(serverLog, logStart).orElse(e.getMessage()),
                        e);
            }
            EmbeddedDatabase database =
                    new EmbeddedDatabase(clusterDir, channel, lock, server, server.getPort(), credentials);
            try (Connection c = database.superuserConnection()) {
                ClusterSecurity.prepareRoles(c, credentials);
            } catch (SQLException e) {
                database.close();
                throw new DatabaseUnavailableException(
                        Messages.both("database.roles-failed") + ": " + e.getMessage(), e);
            }
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), clusterDir);
            return database;
        } catch (IOException | RuntimeException e) {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
            throw e;
        }
    }

    /** The last FATAL line the server wrote since this start, the reason it did not start. */
    private static Optional<String> lastFatal(Path serverLog, long from) {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(serverLog.toFile(), "r")) {
            file.seek(from);
            byte[] bytes = new byte[(int) Math.min(1 << 20, Math.max(0, file.length() - from))];
            file.readFully(bytes);
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.contains("FATAL:") && !l.contains("the database system is"))
                    .reduce((a, b) -> b)
                    .map(l -> l.substring(l.indexOf("FATAL:")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static DatabaseUnavailableException inUse(Path dataDir) {
        return new DatabaseUnavailableException(Messages.both("database.in-use", dataDir));
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    String applicationUser() {
        return ClusterSecurity.APP_ROLE;
    }

    String applicationPassword() {
        return credentials.application();
    }

    /** A connection as the superuser, for the start-up code only. */
    Connection superuserConnection() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", ClusterSecurity.SUPERUSER);
        p.setProperty("password", credentials.superuser());
        return DriverManager.getConnection(jdbcUrl(), p);
    }

    /** A connection as the application role. */
    Connection applicationConnection() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", ClusterSecurity.APP_ROLE);
        p.setProperty("password", credentials.application());
        return DriverManager.getConnection(jdbcUrl(), p);
    }

    /** After the migrations: the append-only tables handed to the audit role. */
    void protectAppendOnlyTables() {
        try (Connection c = superuserConnection()) {
            ClusterSecurity.protectAppendOnlyTables(c);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(Messages.both("database.audit-failed") + ": " + e.getMessage(), e);
        }
    }

    /**
     * Before our server starts: a {@code postmaster.pid} left by a killed Stocktake process
     * names a live server of this cluster, which is stopped (SIGINT, a fast shutdown). A file
     * naming any other process (a decoy, a reused id, the server of the directory this one was
     * copied from) is removed and that process left alone.
     */
    private static void clearStalePid(Path clusterDir) throws IOException {
        Optional<PostmasterPid> pidFile = PostmasterPid.read(clusterDir);
        if (pidFile.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> orphan = pidFile.get().ours(clusterDir);
        if (orphan.isEmpty()) {
            log.warn(
                    "Removing a stale postmaster.pid (process {} is not this data directory's PostgreSQL)",
                    pidFile.get().pid());
            Files.deleteIfExists(pidFile.get().file());
            return;
        }
        long pid = orphan.get().pid();
        log.warn("Stopping PostgreSQL (pid {}) left running by a process that ended abruptly", pid);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
            orphan.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException(Messages.both("database.leftover", pid), e);
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
