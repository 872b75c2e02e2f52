package org.stocktake.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.PlatformTest;

/**
 * A data directory made by an older Stocktake (a cluster that trusted every local connection,
 * everything owned by the superuser) is locked on its next start: the superuser needs the new
 * password, the application role owns the tables and the audit rows can no longer be deleted.
 */
class LegacyDataDirectoryTest {

    private static final Path DATA = Path.of("target/legacy-data").toAbsolutePath();

    @Test
    void anOldDataDirectoryIsLockedOnItsNextStart() throws Exception {
        PlatformTest.deleteTree(DATA);
        int oldPort;
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(DATA.resolve("pg"))
                .setCleanDataDirectory(false)
                .start()) {
            oldPort = old.getPort();
            Flyway.configure()
                    .dataSource(old.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            JdbcClient.create(old.getPostgresDatabase())
                    .sql(
                            "insert into accounts_audit (at, actor, entity, entity_id, action) values (now(), 'old', 'x', '1', 'kept')")
                    .update();
        }

        try (EmbeddedDatabase db = EmbeddedDatabase.open(DATA, 0, true)) {
            Flyway.configure()
                    .dataSource(db.jdbcUrl(), db.applicationUser(), db.applicationPassword())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            db.protectAppendOnlyTables();
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class);
            try (Connection c = db.applicationConnection()) {
                JdbcClient jdbc = JdbcClient.create(new SingleConnection(c));
                assertThat(jdbc.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                                        + " where n.nspname = 'public' and c.relowner = 'postgres'::regrole")
                                .query(Integer.class)
                                .single())
                        .as("objects still owned by the superuser")
                        .isZero();
                jdbc.sql(
                                "insert into accounts_audit (at, actor, entity, entity_id, action) values (now(), 'new', 'x', '1', 'added')")
                        .update();
                assertThatThrownBy(() -> jdbc.sql("delete from accounts_audit").update())
                        .hasStackTraceContaining("permission denied for table accounts_audit");
                assertThat(jdbc.sql("select action from accounts_audit order by id")
                                .query(String.class)
                                .list())
                        .containsExactly("kept", "added");
                jdbc.sql("create table legacy_probe (id int)").update();
                jdbc.sql("drop table legacy_probe").update();
            }
        }
        assertThat(oldPort).isPositive();
    }
}
