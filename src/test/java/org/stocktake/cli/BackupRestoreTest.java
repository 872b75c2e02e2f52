package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stocktake.PlatformTest;

/**
 * Backup while the server serves and a writer appends, restore into a fresh data directory, start
 * there: every table has the same rows, and the written table holds exactly the transactions
 * committed before the backup's snapshot, none half (finding 11 of issue 9). A restore into a
 * directory that holds anything is refused unless forced.
 */
class BackupRestoreTest {

    private static final Path DATA = Path.of("target/backup-data");
    private static final Path RESTORED = Path.of("target/restored-data");
    private static final Path ARCHIVE = Path.of("target/backup-test.zip");
    private static final String WRITTEN = "accounts_audit";

    @Test
    void aBackupTakenWhileServingAndWritingRestoresEveryTable() throws Exception {
        CliProcess.initialised(DATA);
        PlatformTest.deleteTree(RESTORED);
        Files.deleteIfExists(ARCHIVE);
        Map<String, String> before;
        Map<String, String> after;
        AtomicInteger pairs = new AtomicInteger();
        try (Served server = Served.start(DATA)) {
            try (Connection c = Served.connect(DATA);
                    Statement s = c.createStatement()) {
                s.execute(
                        "insert into accounts_audit (at, actor, entity, entity_id, action, after)"
                                + " values (now(), 'backup-test', 'probe', '1', 'change', '{\"text\": \"引号\\\"和\\\\反斜杠\\ttab\"}')");
                s.execute("insert into accounts_unit (code, name_zh, name_en, kind, region_code)"
                        + " values ('probe', '测试\n单位', null, 'office', '430000')");
                // a value stored before V12's finite-value rule, which holds for new rows only (NOT VALID)
                s.execute("alter table data_revision drop constraint data_revision_value_finite");
                s.execute(
                        "insert into data_revision (indicator_code, region_code, period, revision, value, source, status,"
                                + " changed_by) values ('probe_legacy', '430000', '2020', 1, 1e400, 'test', 'draft', 'test')");
                s.execute("alter table data_revision add constraint data_revision_value_finite"
                        + " check (value <> 'NaN'::numeric and abs(value) < 1.7976931348623157e308) not valid");
            }
            before = Served.tableHashes(DATA);
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> appendPairs(writing, pairs));
            writer.start();
            Served.Finished backup = Served.run(DATA, "backup", "--out", ARCHIVE.toString());
            writing.set(false);
            writer.join();
            assertThat(backup.exit()).as(backup.output()).isZero();
            assertThat(server.process.isAlive()).isTrue();
            after = Served.tableHashes(DATA);
        }
        assertThat(before).containsKeys(WRITTEN, "accounts_unit", "flyway_schema_history");
        assertThat(before.get("accounts_unit")).doesNotStartWith("0 rows");

        Served.Finished restore = Served.run(RESTORED, "restore", ARCHIVE.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        Served.Finished again = Served.run(RESTORED, "restore", ARCHIVE.toString());
        assertThat(again.exit()).as(again.output()).isNotZero();
        assertThat(again.output()).contains("不是空的", "not empty");

        try (Served restored = Served.start(RESTORED)) {
            assertThat(restored.get("/api/v1/targets")).contains("manufacturing_va_share_gdp");
            Map<String, String> got = Served.tableHashes(RESTORED);
            assertThat(got.keySet()).isEqualTo(before.keySet());
            for (String table : before.keySet()) {
                if (!table.equals(WRITTEN)) {
                    assertThat(got.get(table))
                            .as(table)
                            .isEqualTo(before.get(table))
                            .isEqualTo(after.get(table));
                }
            }
            try (Connection c = Served.connect(RESTORED);
                    Statement s = c.createStatement()) {
                Map<String, Integer> rowsPerPair = new HashMap<>();
                try (ResultSet r = s.executeQuery("select entity_id, count(*) from accounts_audit"
                        + " where entity = 'pair' group by entity_id")) {
                    while (r.next()) {
                        rowsPerPair.put(r.getString(1), r.getInt(2));
                    }
                }
                assertThat(rowsPerPair).as("pairs written before the snapshot").isNotEmpty();
                assertThat(rowsPerPair.size())
                        .as("pairs written after the snapshot are not in it")
                        .isLessThan(pairs.get());
                assertThat(rowsPerPair.values())
                        .as("no transaction restored in half")
                        .containsOnly(2);
                s.execute(
                        "insert into accounts_audit (at, actor, entity, entity_id, action) values (now(), 't', 'x', '1', 'after')");
                try (ResultSet r = s.executeQuery(
                        "select convalidated from pg_constraint where conname = 'data_revision_value_finite'")) {
                    assertThat(r.next()).as("the NOT VALID rule is there").isTrue();
                    assertThat(r.getBoolean(1)).isFalse();
                }
            }
        }
    }

    /** Appends two audit rows per transaction until told to stop. */
    private static void appendPairs(AtomicBoolean writing, AtomicInteger pairs) {
        try (Connection c = Served.connect(DATA);
                PreparedStatement insert =
                        c.prepareStatement("insert into accounts_audit (at, actor, entity, entity_id, action)"
                                + " values (now(), 'writer', 'pair', ?, ?)")) {
            c.setAutoCommit(false);
            while (writing.get()) {
                String id = "pair-" + pairs.get();
                for (String action : new String[] {"first", "second"}) {
                    insert.setString(1, id);
                    insert.setString(2, action);
                    insert.executeUpdate();
                    Thread.sleep(2);
                }
                c.commit();
                pairs.incrementAndGet();
                Thread.sleep(20);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
