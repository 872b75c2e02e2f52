package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stocktake.PlatformTest;

/**
 * Backup while the server serves, restore into a fresh data directory, start there: every table
 * has the same rows (finding 11 of issue 9). A restore into a directory that holds anything is
 * refused unless forced.
 */
class BackupRestoreTest {

    private static final Path DATA = Path.of("target/backup-data");
    private static final Path RESTORED = Path.of("target/restored-data");
    private static final Path ARCHIVE = Path.of("target/backup-test.zip");

    @Test
    void aBackupTakenWhileServingRestoresEveryTable() throws Exception {
        PlatformTest.deleteTree(DATA);
        PlatformTest.deleteTree(RESTORED);
        Files.deleteIfExists(ARCHIVE);
        Map<String, String> atBackup;
        try (Served server = Served.start(DATA)) {
            try (Connection c = Served.connect(DATA); Statement s = c.createStatement()) {
                s.execute("insert into accounts_audit (at, actor, entity, entity_id, action, after)"
                        + " values (now(), 'backup-test', 'probe', '1', 'change', '{\"text\": \"引号\\\"和\\\\反斜杠\\ttab\"}')");
                s.execute("insert into accounts_unit (code, name_zh, name_en, kind, region_code)"
                        + " values ('probe', '测试\n单位', null, 'office', '430000')");
            }
            Map<String, String> before = Served.tableHashes(DATA);
            Served.Finished backup = Served.run(DATA, "backup", "--out", ARCHIVE.toString());
            assertThat(backup.exit()).as(backup.output()).isZero();
            atBackup = Served.tableHashes(DATA);
            assertThat(atBackup).as("nothing changed while backing up").isEqualTo(before);
            assertThat(server.process.isAlive()).isTrue();
        }
        assertThat(atBackup).containsKeys("accounts_audit", "accounts_unit", "flyway_schema_history");
        assertThat(atBackup.get("accounts_unit")).doesNotStartWith("0 rows");

        Served.Finished restore = Served.run(RESTORED, "restore", ARCHIVE.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        Served.Finished again = Served.run(RESTORED, "restore", ARCHIVE.toString());
        assertThat(again.exit()).as(again.output()).isNotZero();
        assertThat(again.output()).contains("不是空的", "not empty");

        try (Served restored = Served.start(RESTORED)) {
            assertThat(restored.get("/api/v1/targets")).contains("manufacturing_va_share_gdp");
            assertThat(Served.tableHashes(RESTORED)).isEqualTo(atBackup);
        }
    }
}
