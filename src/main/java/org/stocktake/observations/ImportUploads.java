package org.stocktake.observations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.stocktake.accounts.Actor;

/**
 * Uploaded import files, kept under the data directory ({@code uploads/}) by a random id — never
 * by the client's name — between a preview and its commit. A file is streamed to disk with the
 * size limit enforced while it is read; callers delete it on every path (refused preview, commit
 * done or refused); files left by a killed server are removed at start and whenever a new upload
 * arrives once they are older than an hour.
 */
@Component
public class ImportUploads {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportUploads.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String SUFFIX = ".upload";
    static final Duration STALE = Duration.ofHours(1);

    /** A stored upload: its id (for a form) and where it lies. */
    public record Upload(String id, Path file) {}

    private final Path dir;
    private final long maxBytes;

    ImportUploads(
            @Value("${stocktake.data-dir:./data}") Path dataDir,
            @Value("${stocktake.data.max-import-bytes:1073741824}") long maxBytes) {
        this.dir = dataDir.resolve("uploads").toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        removeStale();
    }

    /**
     * Streams an upload to disk, refusing it (nothing kept) past the size limit. Only a writer of
     * data may upload: checked before a byte is read.
     */
    public Upload receive(Actor actor, InputStream in, String name) throws IOException {
        DataAccess.requireWriter(actor);
        removeStale();
        Files.createDirectories(dir);
        String id = UUID.randomUUID().toString();
        Path target = dir.resolve(id + SUFFIX);
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    ImportProblems problems =
                            new ImportProblems(ImportRequest.displayName(name == null ? "upload" : name));
                    problems.add(0, null, "data.file.too-large", maxBytes / (1024 * 1024));
                    throw problems.refusal();
                }
                out.write(buffer, 0, n);
            }
            done = true;
        } finally {
            if (!done) {
                delete(target);
            }
        }
        return new Upload(id, target);
    }

    /** The stored upload with this id, if it is still there and not stale. */
    public Optional<Path> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = dir.resolve(id + SUFFIX);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Deletes an upload; never fails. */
    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("上传文件无法删除 / an uploaded file could not be deleted: {}", file.getFileName());
        }
    }

    /** Removes uploads older than an hour (a preview nobody committed, a server killed mid-import). */
    final void removeStale() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant cutoff = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (Files.isRegularFile(f)
                        && Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                    delete(f);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn(
                    "无法清理上传目录 / could not clean the upload folder: {}",
                    e.getClass().getSimpleName());
        }
    }
}
