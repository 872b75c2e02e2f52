package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A {@code stocktake serve} process on a data directory, and what tests read of its embedded
 * database: its server process, and every table's row count and content hash as the application
 * role sees them.
 */
final class Served implements AutoCloseable {

    final Process process;
    final int port;
    final Path dataDir;

    private Served(Process process, int port, Path dataDir) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts the server and waits until it answers. */
    static Served start(Path dataDir) throws Exception {
        int port = freePort();
        Process p = CliProcess.start(dataDir, "serve", "--port", Integer.toString(port));
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-serve-" + port + ".log");
        Thread copy = new Thread(() -> {
            try (var in = p.getInputStream()) {
                Files.copy(in, log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ended) {
                // the process ended
            }
        });
        copy.setDaemon(true);
        copy.start();
        Served served = new Served(p, port, dataDir);
        served.get("/api/v1/regions?level=prefecture");
        awaitListeners(dataDir, Duration.ofMinutes(2));
        return served;
    }

    /**
     * Waits until no event publication is incomplete: the module listeners (verdicts, caches) have
     * done the work of every change, the first start's included.
     */
    static void awaitListeners(Path dataDir, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        List<String> waiting = incompletePublications(dataDir);
        while (!waiting.isEmpty()) {
            assertThat(Instant.now()).as("listeners still working: " + waiting).isBefore(deadline);
            Thread.sleep(100);
            waiting = incompletePublications(dataDir);
        }
    }

    /** The listeners whose event publications are not completed. */
    static List<String> incompletePublications(Path dataDir) throws Exception {
        List<String> listeners = new ArrayList<>();
        try (Connection c = connect(dataDir);
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("select listener_id from event_publication where completion_date is null")) {
            while (r.next()) {
                listeners.add(r.getString(1));
            }
        }
        return listeners;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** GET a path, waiting up to 120 s for a 200. */
    String get(String path) throws Exception {
        return CliProcess.awaitOk("http://localhost:" + port + path, process, 120);
    }

    /** The process id of the embedded PostgreSQL serving a data directory. */
    static long postgresPid(Path dataDir) throws IOException {
        return Long.parseLong(
                Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());
    }

    /** A connection to a data directory's running database as the application role. */
    static Connection connect(Path dataDir) throws IOException, SQLException {
        List<String> pid = Files.readAllLines(dataDir.resolve("pg/postmaster.pid"));
        Properties credentials = new Properties();
        try (Reader r = Files.newBufferedReader(dataDir.resolve("db-credentials"))) {
            credentials.load(r);
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres",
                "stocktake",
                credentials.getProperty("application"));
    }

    /** Every table of the application: its row count and a hash of its sorted rows. */
    static Map<String, String> tableHashes(Path dataDir) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Connection c = connect(dataDir);
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet r = s.executeQuery(
                        "select count(*), md5(coalesce(string_agg(x::text, E'\\n' order by x::text), ''))"
                                + " from public.\"" + t + "\" x")) {
                    r.next();
                    hashes.put(t, r.getLong(1) + " rows, " + r.getString(2));
                }
            }
        }
        return hashes;
    }

    /** Runs a command to its end (at most 180 s, else it is stopped and the test fails): its exit code and output. */
    static Finished run(Path dataDir, String... args) throws Exception {
        Process p = CliProcess.start(dataDir, args);
        // a thread of its own (not the common pool): several commands may run at once
        java.util.concurrent.FutureTask<List<String>> output = new java.util.concurrent.FutureTask<>(() -> {
            try {
                return CliProcess.drain(p);
            } catch (IOException e) {
                return List.of(e.toString());
            }
        });
        Thread reader = new Thread(output);
        reader.setDaemon(true);
        reader.start();
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String text = String.join("\n", output.get(30, TimeUnit.SECONDS));
        assertThat(ended)
                .as("command ended within 180 s: " + String.join(" ", args) + "\n" + text)
                .isTrue();
        return new Finished(p.exitValue(), text);
    }

    record Finished(int exit, String output) {}

    @Override
    public void close() {
        process.destroy();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the server stopped", e);
        }
    }
}
