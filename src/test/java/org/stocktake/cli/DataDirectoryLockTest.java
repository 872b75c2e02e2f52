package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stocktake.PlatformTest;

/**
 * One data directory, one owner (finding 7 of issue 9): a second server and a writing command
 * beside a running server are refused while a reading command still works; a copy of a live data
 * directory starts without stopping the live database; a decoy process whose id is written into
 * {@code postmaster.pid} is left alone.
 */
class DataDirectoryLockTest {

    private static final Path DATA = Path.of("target/lock-data");
    private static final Path COPY = Path.of("target/lock-data-copy");

    @Test
    void aDataDirectoryHasOneOwnerAndOnlyItsOwnPostgresIsEverStopped() throws Exception {
        CliProcess.initialised(DATA);
        PlatformTest.deleteTree(COPY);
        Files.deleteIfExists(Path.of("target/lock-export.yaml"));
        Files.deleteIfExists(Path.of("target/lock-backup.zip"));
        Path plan = Path.of("target/lock-plan.yaml");
        try (InputStream in = getClass().getResourceAsStream("/plans/hunan-central-2021.yaml")) {
            Files.copy(in, plan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (Served live = Served.start(DATA)) {
            long livePostgres = Served.postgresPid(DATA);

            // the commands beside the server run at once (the restore once the backup is written)
            String port = Integer.toString(Served.freePort());
            var second = runAsync("serve", "--port", port);
            var writer = runAsync("plan", "import", plan.toString());
            var backup = runAsync("backup", "--out", "target/lock-backup.zip");
            var restore = backup.thenCompose(made -> runAsync("restore", "--force", "target/lock-backup.zip"));
            var reader = runAsync("plan", "export", "--plan", "hunan-central-2021", "--out", "target/lock-export.yaml");

            assertThat(second.get().exit()).as(second.get().output()).isNotZero();
            assertThat(second.get().output())
                    .contains("正被另一个 Stocktake 进程", "is in use by another Stocktake process")
                    .doesNotContain("\tat ");
            assertThat(writer.get().exit()).as(writer.get().output()).isNotZero();
            assertThat(writer.get().output()).contains("is in use by another Stocktake process");
            assertThat(backup.get().exit()).as(backup.get().output()).isZero();
            assertThat(restore.get().exit()).as(restore.get().output()).isNotZero();
            assertThat(restore.get().output()).contains("is in use by another Stocktake process");
            assertThat(reader.get().exit()).as(reader.get().output()).isZero();
            assertThat(Files.readString(Path.of("target/lock-export.yaml"))).contains("code: A25");

            copyTree(DATA, COPY);
            try (Served copy = Served.start(COPY)) {
                assertThat(ProcessHandle.of(livePostgres).map(ProcessHandle::isAlive))
                        .as("live PostgreSQL")
                        .contains(true);
                assertThat(live.get("/api/v1/targets")).contains("manufacturing_va_share_gdp");
                assertThat(copy.get("/api/v1/targets")).contains("manufacturing_va_share_gdp");
            }
            assertThat(live.get("/api/v1/regions?level=prefecture")).contains("430100");
        }

        Process decoy = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(
                    DATA.resolve("pg/postmaster.pid"),
                    decoy.pid() + "\n" + DATA.resolve("pg").toAbsolutePath()
                            + "\n1700000000\n5432\n/tmp\nlocalhost\n  1234567     0\nready   \n");
            try (Served again = Served.start(DATA)) {
                assertThat(decoy.isAlive()).as("decoy process").isTrue();
                assertThat(again.get("/api/v1/targets")).contains("manufacturing_va_share_gdp");
            }
            assertThat(decoy.isAlive()).as("decoy process").isTrue();
        } finally {
            decoy.destroy();
            decoy.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** {@code stocktake args…} on the data directory, run to its end in the background. */
    private static CompletableFuture<Served.Finished> runAsync(String... args) {
        CompletableFuture<Served.Finished> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                done.complete(Served.run(DATA, args));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /** Copies a directory as an operator would, with its permissions. */
    private static void copyTree(Path from, Path to) throws Exception {
        Process cp = new ProcessBuilder("cp", "-a", from.toString(), to.toString())
                .inheritIO()
                .start();
        assertThat(cp.waitFor(120, TimeUnit.SECONDS))
                .isTrue(); // a file the live server removes meanwhile may be reported
        assertThat(Files.exists(to.resolve("pg/PG_VERSION"))).isTrue();
    }

    static List<String> lines(String s) {
        return s.lines().toList();
    }
}
