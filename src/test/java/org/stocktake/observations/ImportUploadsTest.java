package org.stocktake.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;

/** Uploads: stale files removed at start, the size limit enforced while reading, ids never paths. */
class ImportUploadsTest {

    private static final Actor LIAISON = new Actor("l", Role.LIAISON, "U", "430100");

    @TempDir
    Path dataDir;

    @Test
    void filesLeftByAKilledServerAreRemovedAtStart() throws Exception {
        Path uploads = Files.createDirectories(dataDir.resolve("uploads"));
        Path stale = Files.writeString(uploads.resolve("0b0e8a7e-1111-4222-8333-944455566677.upload"), "old");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path fresh = Files.writeString(uploads.resolve("0b0e8a7e-1111-4222-8333-944455566678.upload"), "new");

        new ImportUploads(dataDir, 1000);

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void anUploadPastTheLimitIsRefusedWhileReadingAndNothingStays() throws Exception {
        ImportUploads uploads = new ImportUploads(dataDir, 1000);
        assertThatThrownBy(() -> uploads.receive(LIAISON, new ByteArrayInputStream(new byte[5000]), "../../big.csv"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.source()).isEqualTo("big.csv");
                    assertThat(e.details().get(0).en()).contains("too large");
                });
        try (var files = Files.list(dataDir.resolve("uploads"))) {
            assertThat(files).isEmpty();
        }
        assertThatThrownBy(() -> uploads.receive(
                        new Actor("v", Role.VIEWER, null, null), new ByteArrayInputStream(new byte[1]), "x.csv"))
                .isInstanceOf(NotPermittedException.class);

        ImportUploads.Upload ok = uploads.receive(LIAISON, new ByteArrayInputStream(new byte[10]), "../../x.csv");
        assertThat(ok.file().getFileName().toString()).isEqualTo(ok.id() + ".upload");
        assertThat(uploads.find(ok.id())).contains(ok.file());
        assertThat(uploads.find("../" + ok.id())).isEmpty();
        uploads.delete(ok.file());
        assertThat(uploads.find(ok.id())).isEmpty();
    }
}
