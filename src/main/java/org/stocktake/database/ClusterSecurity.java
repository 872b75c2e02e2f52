package org.stocktake.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.stocktake.shared.Messages;

/**
 * Locks the embedded cluster: password authentication (scram-sha-256) for every connection, a
 * superuser password set while the server is down (so no connection is ever trusted), the
 * application role that owns the application's objects without being superuser, and the
 * append-only tables owned by a third role the application cannot become. See ADR 0004.
 */
final class ClusterSecurity {

    static final String SUPERUSER = "postgres";
    static final String APP_ROLE = "stocktake";
    static final String AUDIT_ROLE = "stocktake_audit";
    private static final String HBA_MARK = "# stocktake: every connection authenticates with scram-sha-256";

    private ClusterSecurity() {}

    /**
     * Before the server starts: if the cluster is new, was made by an older Stocktake (which
     * trusted every local connection) or the password file was just generated, sets the superuser
     * password in single-user mode and replaces {@code pg_hba.conf}.
     */
    static void prepareCluster(Path clusterDir, Credentials credentials) {
        Path hba = clusterDir.resolve("pg_hba.conf");
        try {
            boolean locked = Files.exists(hba) && Files.readString(hba).startsWith(HBA_MARK);
            if (locked && !credentials.created()) {
                return;
            }
            singleUser(
                    clusterDir,
                    "ALTER ROLE " + SUPERUSER + " WITH PASSWORD '" + verifier(credentials.superuser()) + "';\n");
            Files.writeString(
                    hba,
                    HBA_MARK + "\n"
                            + "local all all scram-sha-256\n"
                            + "host  all all 127.0.0.1/32 scram-sha-256\n"
                            + "host  all all ::1/128 scram-sha-256\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatabaseUnavailableException(
                    Messages.both("database.password-failed") + ": " + e.getMessage(), e);
        }
    }

    /** The SCRAM-SHA-256 verifier of a password: the server never sees (or logs) the password itself. */
    private static String verifier(String password) {
        return org.postgresql.util.PasswordUtil.encodeScramSha256(password.toCharArray());
    }

    /** Runs one statement in PostgreSQL's single-user mode, with the server stopped. */
    private static void singleUser(Path clusterDir, String sql) throws IOException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("unshare", "-U")); // PostgreSQL refuses uid 0; zonky does the same
        }
        command.addAll(List.of(
                binaries().resolve("bin/postgres").toString(), "--single", "-D", clusterDir.toString(), "postgres"));
        Path log = Files.createTempFile("stocktake-pg-single", ".log");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("single-user mode did not finish");
            }
            String output = Files.readString(log);
            if (p.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
                throw new IOException("single-user mode failed: "
                        + output.lines()
                                .filter(l -> l.contains("ERROR") || l.contains("FATAL"))
                                .findFirst()
                                .orElse("exit " + p.exitValue()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The directory zonky unpacked the PostgreSQL binaries into (it caches the result). */
    private static Path binaries() throws IOException {
        try {
            Method prepare =
                    EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot locate the PostgreSQL binaries", e);
        }
    }

    private static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /**
     * With the server up, as superuser: the application role (login, not superuser, may create
     * in schema {@code public}), the audit role (no login), and the objects an older Stocktake
     * created as superuser handed to the application role. Idempotent.
     */
    static void prepareRoles(Connection superuser, Credentials credentials) throws SQLException {
        try (Statement s = superuser.createStatement()) {
            s.execute("""
                    do $$ begin
                      if not exists (select from pg_roles where rolname = '%1$s') then create role %1$s; end if;
                      if not exists (select from pg_roles where rolname = '%2$s') then create role %2$s; end if;
                    end $$""".formatted(APP_ROLE, AUDIT_ROLE));
            s.execute("alter role " + APP_ROLE + " with login nosuperuser nocreatedb nocreaterole noreplication"
                    + " nobypassrls password '" + verifier(credentials.application()) + "'");
            s.execute("alter role " + AUDIT_ROLE
                    + " with nologin nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            s.execute("revoke all on schema public from public");
            s.execute("grant usage, create on schema public to " + APP_ROLE);
            s.execute("""
                    do $$
                    declare r record;
                    begin
                      for r in select c.relname, c.relkind from pg_class c
                               join pg_namespace n on n.oid = c.relnamespace
                               where n.nspname = 'public' and c.relowner = '%1$s'::regrole
                                 and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                                 and not exists (select from pg_depend d where d.objid = c.oid
                                                 and d.deptype in ('a', 'i') and c.relkind = 'S')
                      loop
                        execute format('alter %%s %%I owner to %2$s',
                          case r.relkind when 'S' then 'sequence' when 'v' then 'view'
                                         when 'm' then 'materialized view' when 'f' then 'foreign table'
                                         else 'table' end, r.relname);
                      end loop;
                      for r in select p.oid::regprocedure as fn from pg_proc p
                               join pg_namespace n on n.oid = p.pronamespace
                               where n.nspname = 'public' and p.proowner = '%1$s'::regrole
                      loop
                        execute format('alter routine %%s owner to %2$s', r.fn);
                      end loop;
                      for r in select t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
                               where n.nspname = 'public' and t.typowner = '%1$s'::regrole
                                 and t.typtype in ('e', 'd', 'c') and t.typrelid = 0
                      loop
                        execute format('alter type %%I owner to %2$s', r.typname);
                      end loop;
                    end $$""".formatted(SUPERUSER, APP_ROLE));
        }
    }

    /**
     * After the migrations, as superuser: every table guarded by an {@code *_append_only}
     * trigger function belongs to the audit role, with its sequences and that function; the
     * application role may only read and append. So it can neither delete, update, truncate or
     * drop the rows nor disable, drop or rewrite the trigger.
     */
    static void protectAppendOnlyTables(Connection superuser) throws SQLException {
        try (Statement s = superuser.createStatement()) {
            s.execute("""
                    do $$
                    declare r record;
                    begin
                      for r in select distinct c.oid::regclass as tbl, p.oid::regprocedure as fn
                               from pg_trigger t
                               join pg_class c on c.oid = t.tgrelid
                               join pg_namespace n on n.oid = c.relnamespace
                               join pg_proc p on p.oid = t.tgfoid
                               where n.nspname = 'public' and p.proname like '%%\\_append\\_only'
                                 and (c.relowner <> '%1$s'::regrole or p.proowner <> '%1$s'::regrole)
                      loop
                        execute format('alter table %%s owner to %1$s', r.tbl);
                        execute format('alter function %%s owner to %1$s', r.fn);
                        execute format('revoke all on %%s from %2$s, public', r.tbl);
                        execute format('grant select, insert on %%s to %2$s', r.tbl);
                        execute coalesce((select string_agg(format('grant usage, select on sequence %%s to %2$s',
                                                 s.oid::regclass), '; ')
                                 from pg_depend d join pg_class s on s.oid = d.objid and s.relkind = 'S'
                                 where d.refobjid = r.tbl and d.deptype in ('a', 'i')), 'select 1');
                      end loop;
                    end $$""".formatted(AUDIT_ROLE, APP_ROLE));
        }
    }
}
