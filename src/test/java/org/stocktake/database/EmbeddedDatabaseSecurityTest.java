package org.stocktake.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.PlatformTest;

/**
 * The embedded PostgreSQL of a running platform is locked (finding 5 of issue 9): no login
 * without a password, loopback only, the application's role is no superuser, cannot run
 * programs or skip triggers, and can only read and append audit rows.
 */
class EmbeddedDatabaseSecurityTest extends PlatformTest {

    private static final Path DATA = Path.of(DATA_DIR);

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSuperuserNeedsThePasswordEvenOnLoopback() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, props("postgres", null))
                        .close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, props("postgres", "postgres"))
                        .close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, props("stocktake", null))
                        .close())
                .isInstanceOf(SQLException.class);
        Credentials credentials = Credentials.load(DATA);
        try (Connection c = DriverManager.getConnection(url, props("postgres", credentials.superuser()))) {
            List<String> methods = JdbcClient.create(new SingleConnection(c))
                    .sql("select distinct auth_method from pg_hba_file_rules where error is null")
                    .query(String.class)
                    .list();
            assertThat(methods).containsExactly("scram-sha-256");
            assertThat(JdbcClient.create(new SingleConnection(c))
                            .sql("show listen_addresses")
                            .query(String.class)
                            .single())
                    .isEqualTo("localhost");
        }
    }

    @Test
    void thePasswordFileIsReadableByItsOwnerOnlyAndThePasswordsAreInNoLog() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("db-credentials"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("postgres.log"))))
                .isEqualTo("rw-------");
        Credentials credentials = Credentials.load(DATA);
        assertThat(Files.readString(DATA.resolve("postgres.log")))
                .doesNotContain(credentials.superuser())
                .doesNotContain(credentials.application());
    }

    @Test
    void theApplicationRoleIsNoSuperuserAndCannotRunProgramsOrSkipTriggers() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("stocktake");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertRefused("copy (select 1) to program 'true'");
        assertRefused("set session_replication_role = replica");
        assertRefused("alter system set listen_addresses = '*'");
        assertRefused("create role intruder superuser login password 'x'");
    }

    @Test
    void theApplicationRoleCanOnlyReadAndAppendAuditRows() {
        jdbc.sql(
                        "insert into accounts_audit (at, actor, entity, entity_id, action) values (now(), 'test', 'test', '1', 'probe')")
                .update();
        int rows = jdbc.sql("select count(*) from accounts_audit")
                .query(Integer.class)
                .single();
        assertThat(rows).isPositive();
        assertRefused("delete from accounts_audit");
        assertRefused("update accounts_audit set actor = 'someone else'");
        assertRefused("truncate accounts_audit");
        assertRefused("alter table accounts_audit disable trigger all");
        assertRefused("drop table accounts_audit");
        assertRefused("drop trigger accounts_audit_no_update on accounts_audit");
        assertRefused("create or replace function accounts_audit_append_only() returns trigger language plpgsql"
                + " as $$ begin return old; end $$");
        assertThat(jdbc.sql("select count(*) from accounts_audit")
                        .query(Integer.class)
                        .single())
                .isEqualTo(rows);
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'accounts_audit'")
                        .query(String.class)
                        .single())
                .isEqualTo("stocktake_audit");
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'flyway_schema_history'")
                        .query(String.class)
                        .single())
                .isEqualTo("stocktake");
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> {
                    try (Connection c = dataSource.getConnection();
                            var s = c.createStatement()) {
                        s.execute(sql);
                    }
                })
                .as(sql)
                .isInstanceOf(SQLException.class);
    }

    private static int port() throws Exception {
        return PostmasterPid.read(DATA.toAbsolutePath().resolve("pg"))
                .flatMap(PostmasterPid::port)
                .orElseThrow();
    }

    private static Properties props(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }
}
