package org.stocktake.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;
import java.util.Set;
import org.stocktake.shared.Messages;

/**
 * The passwords of the embedded cluster, generated on first start and kept in
 * {@code <data-dir>/db-credentials} readable by its owner only (mode 600): one for the superuser,
 * used by the start-up code alone, and one for the application role.
 *
 * @param superuser password of {@code postgres}
 * @param application password of {@code stocktake}
 * @param created whether this start generated them (the cluster must then be told)
 */
record Credentials(String superuser, String application, boolean created) {

    static final String FILE = "db-credentials";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    /** Reads the passwords of this data directory, or generates and writes them (mode 600). */
    static Credentials loadOrCreate(Path dataDir) throws IOException {
        Path file = file(dataDir);
        if (Files.exists(file)) {
            Credentials existing = load(dataDir);
            if (posix()) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            return existing;
        }
        Properties p = new Properties();
        p.setProperty("superuser", generate());
        p.setProperty("application", generate());
        Path tmp = dataDir.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        if (posix()) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(tmp);
        }
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Stocktake embedded PostgreSQL passwords - keep secret");
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return new Credentials(p.getProperty("superuser"), p.getProperty("application"), true);
    }

    /** Reads the passwords of a data directory whose database another process started. */
    static Credentials load(Path dataDir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file(dataDir), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String superuser = p.getProperty("superuser");
        String application = p.getProperty("application");
        if (superuser == null || application == null) {
            throw new DatabaseUnavailableException(Messages.both("database.credentials-incomplete", FILE));
        }
        return new Credentials(superuser, application, false);
    }

    /** Creates the file if needed and makes it readable by its owner only. */
    static void ownerOnly(Path file) throws IOException {
        if (!posix()) {
            return;
        }
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
    }

    private static String generate() {
        StringBuilder s = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}
