package org.stocktake.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/**
 * Checks an uploaded file: size within the limit, an allowed type by name and by content (the
 * first bytes must match the extension), and a file name stripped of any path or control character.
 * An upload is streamed to a staging file under {@code <data-dir>/tmp/attachments}, counting bytes
 * as it is copied: past the limit the copy stops and the partial file is deleted, so no upload is
 * ever held whole in memory. Staging files are deleted once stored or refused, and any left over
 * (a killed server) when the platform starts.
 */
@Component
class Attachments {

    record Checked(String fileName, String contentType) {}

    /** A checked upload in its staging file, with its size and SHA-256; closing deletes the file. */
    record Staged(Checked file, Path path, long size, String sha256) implements AutoCloseable {
        @Override
        public void close() {
            delete(path);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);
    private static final int HEAD = 8;

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private final Path staging;
    private final long maxBytes;

    Attachments(
            @Value("${stocktake.data-dir:./data}") Path dataDir,
            @Value("${stocktake.attachments.max-bytes:10485760}") long maxBytes) {
        this.staging = dataDir.resolve("tmp").resolve("attachments");
        this.maxBytes = maxBytes;
        removeStale();
    }

    /** Copies an upload to a staging file within the limit and checks it; the caller closes the result. */
    Staged stage(String originalName, InputStream in) {
        String name = safeName(originalName);
        Path file = null;
        try {
            Files.createDirectories(staging);
            file = Files.createTempFile(staging, "upload-", ".part");
            MessageDigest sha = sha256();
            byte[] head = new byte[HEAD];
            long size = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                    if (size < HEAD) {
                        System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, HEAD - size));
                    }
                    size += n;
                    if (size > maxBytes) {
                        throw tooLarge("attachment " + name, maxBytes);
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            Checked checked = check(name, Arrays.copyOf(head, (int) Math.min(size, HEAD)), size, maxBytes);
            Staged staged = new Staged(checked, file, size, HexFormat.of().formatHex(sha.digest()));
            file = null;
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                delete(file);
            }
        }
    }

    static Checked check(String originalName, byte[] content, long maxBytes) {
        return check(safeName(originalName), content, content.length, maxBytes);
    }

    /** Checks a file by its name, its first bytes and its size. */
    private static Checked check(String name, byte[] head, long size, long maxBytes) {
        String extension =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String where = "attachment " + name;
        if (size == 0) {
            throw refused(where, "tasks.attachment.empty");
        }
        if (size > maxBytes) {
            throw tooLarge(where, maxBytes);
        }
        if (program(head)) {
            throw refused(where, "tasks.attachment.program");
        }
        if (!TYPES.containsKey(extension)) {
            throw refused(where, "tasks.attachment.types", TYPES.keySet().toString());
        }
        if (!contentMatches(extension, head)) {
            throw refused(where, "tasks.attachment.content", extension);
        }
        return new Checked(name, TYPES.get(extension));
    }

    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"<>|:*?]", "")
                .trim();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.isEmpty() ? "attachment" : name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    /** Deletes staging files left by an earlier run (a killed server mid-upload). */
    private void removeStale() {
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging, "upload-*.part")) {
            files.forEach(Attachments::delete);
        } catch (IOException e) {
            LOG.warn("Could not clear the attachment staging folder: {}", e.getMessage());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the staging file {}: {}", file.getFileName(), e.getMessage());
        }
    }

    private static boolean contentMatches(String extension, byte[] c) {
        return switch (extension) {
            case "pdf" -> starts(c, 0x25, 0x50, 0x44, 0x46);
            case "docx", "xlsx" -> starts(c, 0x50, 0x4B, 0x03, 0x04);
            case "png" -> starts(c, 0x89, 0x50, 0x4E, 0x47);
            case "jpg", "jpeg" -> starts(c, 0xFF, 0xD8, 0xFF);
            default -> false;
        };
    }

    /** Whether the first bytes are those of a program: Windows (MZ), ELF, Mach-O, a Java class or a script. */
    private static boolean program(byte[] c) {
        return starts(c, 0x4D, 0x5A)
                || starts(c, 0x7F, 0x45, 0x4C, 0x46)
                || starts(c, 0xCA, 0xFE, 0xBA, 0xBE)
                || starts(c, 0xFE, 0xED, 0xFA, 0xCE)
                || starts(c, 0xFE, 0xED, 0xFA, 0xCF)
                || starts(c, 0xCF, 0xFA, 0xED, 0xFE)
                || starts(c, 0x23, 0x21);
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException tooLarge(String where, long maxBytes) {
        return refused(where, "tasks.attachment.too-large", maxBytes / 1024);
    }

    private static InvalidInputException refused(String where, String key, Object... args) {
        return new InvalidInputException(where, List.of(Problem.of(where, key, args)));
    }
}
