package org.stocktake.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.stocktake.shared.Messages;

/**
 * Backup and restore of the embedded database as one archive (a zip): the schema version, every
 * table of schema {@code public} in PostgreSQL's COPY text format, and every sequence's value,
 * all read in one repeatable-read snapshot, so a backup taken while the server writes is
 * consistent. The embedded bundle ships no {@code pg_dump}; see ADR 0004.
 */
public final class DatabaseArchive {

    private static final String FORMAT = "stocktake-backup-1";
    private static final String MANIFEST = "manifest.properties";

    private DatabaseArchive() {}

    /** What an archive holds. */
    public record Summary(String schemaVersion, int tables, long rows) {}

    /**
     * Writes a consistent archive of the data directory's database to {@code out}, using the
     * running server's database when a server runs there, else starting PostgreSQL for the time
     * of the backup.
     */
    public static Summary backup(Path dataDir, Path out) throws IOException {
        if (!Files.isRegularFile(dataDir.resolve("pg/PG_VERSION"))) {
            throw new DatabaseUnavailableException(Messages.both("database.no-database", dataDir));
        }
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".backup", ".tmp");
        try (EmbeddedDatabase db =
                        EmbeddedDatabase.open(dataDir.toAbsolutePath().normalize(), 0, false);
                Connection c = db.applicationConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            Summary summary;
            try (OutputStream file = Files.newOutputStream(tmp);
                    ZipOutputStream zip = new ZipOutputStream(file)) {
                summary = writeArchive(c, zip);
            }
            c.rollback();
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (SQLException e) {
            throw new IOException(Messages.both("database.backup-failed") + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Summary writeArchive(Connection c, ZipOutputStream zip) throws SQLException, IOException {
        String version = schemaVersion(c);
        List<String> tables = names(
                c,
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = 'public' and c.relkind = 'r' order by c.relname");
        List<String> sequences = names(
                c,
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = 'public' and c.relkind = 'S' order by c.relname");
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Properties manifest = new Properties();
        long rows = 0;
        for (String table : tables) {
            zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
            long n = copy.copyOut("COPY public." + quote(table) + " TO STDOUT", new NonClosing(zip));
            zip.closeEntry();
            manifest.setProperty("rows." + table, Long.toString(n));
            rows += n;
        }
        for (String sequence : sequences) {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select last_value, is_called from public." + quote(sequence))) {
                r.next();
                manifest.setProperty("sequence." + sequence, r.getLong(1) + "," + r.getBoolean(2));
            }
        }
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("schema-version", version);
        manifest.setProperty("created-at", Instant.now().toString());
        manifest.setProperty("tables", String.join(",", tables));
        manifest.setProperty("sequences", String.join(",", sequences));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        StringWriter text = new StringWriter();
        manifest.store(text, "Stocktake backup");
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        return new Summary(version, tables.size(), rows);
    }

    /**
     * Restores an archive into a data directory whose server is stopped: refused when the
     * directory holds anything unless {@code force}, in which case its database is replaced.
     * Migrates a new cluster to the archive's schema version, then loads every table and
     * sequence in one transaction.
     */
    public static Summary restore(Path dataDir, Path archive, boolean force) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Properties manifest = manifest(zip);
            String version = manifest.getProperty("schema-version");
            if (Files.isDirectory(dir) && !force && !isEmpty(dir)) {
                throw new DatabaseUnavailableException(Messages.both("database.not-empty", dir));
            }
            try (EmbeddedDatabase db = EmbeddedDatabase.openReplacing(dir)) {
                migrate(db, version);
                db.protectAppendOnlyTables();
                try (Connection c = db.superuserConnection()) {
                    return load(c, zip, manifest);
                } catch (SQLException e) {
                    throw new IOException(Messages.both("database.restore-failed") + ": " + e.getMessage(), e);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new DatabaseUnavailableException(
                    Messages.both("database.not-a-backup") + ": " + archive.getFileName());
        }
    }

    private static void migrate(EmbeddedDatabase db, String version) {
        Flyway flyway = Flyway.configure()
                .dataSource(db.jdbcUrl(), db.applicationUser(), db.applicationPassword())
                .locations("classpath:db/migration")
                .target(version)
                .load();
        boolean known = Stream.of(flyway.info().all())
                .map(MigrationInfo::getVersion)
                .anyMatch(v -> v != null && v.getVersion().equals(version));
        if (!known) {
            throw new DatabaseUnavailableException(Messages.both("database.backup-version", version));
        }
        flyway.migrate();
    }

    private static Summary load(Connection c, ZipFile zip, Properties manifest) throws SQLException, IOException {
        c.setAutoCommit(false);
        List<String> tables = list(manifest.getProperty("tables"));
        List<String> present = names(
                c,
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = 'public' and c.relkind = 'r' order by c.relname");
        if (!present.containsAll(tables)) {
            throw new DatabaseUnavailableException(Messages.both("database.backup-tables"));
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long rows = 0;
        try (Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute("truncate table "
                    + String.join(
                            ", ",
                            present.stream().map(t -> "public." + quote(t)).toList()));
            List<String> readd = dropUnvalidatedChecks(s);
            for (String table : tables) {
                ZipEntry entry = zip.getEntry("tables/" + table + ".copy");
                if (entry == null) {
                    throw new DatabaseUnavailableException(Messages.both("database.backup-lacks", table));
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    rows += copy.copyIn("COPY public." + quote(table) + " FROM STDIN", in);
                }
            }
            for (String sequence : list(manifest.getProperty("sequences"))) {
                String[] value = manifest.getProperty("sequence." + sequence).split(",");
                s.execute("select setval('public." + quote(sequence).replace("'", "''") + "', "
                        + Long.parseLong(value[0]) + ", " + Boolean.parseBoolean(value[1]) + ")");
            }
            for (String constraint : readd) {
                s.execute(constraint);
            }
            for (String view : names(
                    c,
                    "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                            + " where n.nspname = 'public' and c.relkind = 'm'")) {
                s.execute("refresh materialized view public." + quote(view));
            }
            s.execute("set session_replication_role = origin");
        }
        c.commit();
        return new Summary(manifest.getProperty("schema-version"), tables.size(), rows);
    }

    /**
     * Drops the check constraints added {@code NOT VALID} (they hold for new rows only, so the
     * archive may have older rows that break them) and returns the statements that add them back
     * as they were.
     */
    private static List<String> dropUnvalidatedChecks(Statement s) throws SQLException {
        List<String> readd = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (ResultSet r = s.executeQuery(
                "select conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)"
                        + " from pg_constraint where contype = 'c' and not convalidated and connamespace = 'public'::regnamespace")) {
            while (r.next()) {
                drop.add("alter table " + r.getString(1) + " drop constraint " + r.getString(2));
                readd.add("alter table " + r.getString(1) + " add constraint " + r.getString(2) + " " + r.getString(3));
            }
        }
        for (String statement : drop) {
            s.execute(statement);
        }
        return readd;
    }

    private static Properties manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        Properties manifest = new Properties();
        if (entry != null) {
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        if (!FORMAT.equals(manifest.getProperty("format")) || manifest.getProperty("schema-version") == null) {
            throw new DatabaseUnavailableException(Messages.both("database.not-a-backup") + ": "
                    + zip.getName().substring(zip.getName().lastIndexOf('/') + 1));
        }
        return manifest;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select version from public.flyway_schema_history where success and version is not null"
                                + " order by installed_rank desc limit 1")) {
            if (!r.next()) {
                throw new SQLException("the database has no schema version");
            }
            return r.getString(1);
        }
    }

    private static List<String> names(Connection c, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Lets the COPY stream write into a zip entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
