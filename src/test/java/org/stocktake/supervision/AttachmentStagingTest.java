package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.InvalidInputException;

/** Uploads are copied to a staging file within the limit; nothing is left behind on any path, or after a restart. */
class AttachmentStagingTest {

    @TempDir
    Path dataDir;

    @Test
    void anUploadPastTheLimitStopsBeingReadAndLeavesNoFile() throws IOException {
        Attachments attachments = new Attachments(dataDir, 1024 * 1024);
        CountingStream upload = new CountingStream(50L * 1024 * 1024);
        assertThatThrownBy(() -> attachments.stage("big.pdf", upload))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1024 KB");
        assertThat(upload.read).as("bytes read before refusing").isLessThan(2L * 1024 * 1024);
        assertThat(staged()).isEmpty();
    }

    @Test
    void aRefusedTypeLeavesNoFileAndAStoredOneIsGoneWhenClosed() throws IOException {
        Attachments attachments = new Attachments(dataDir, 1024 * 1024);
        assertThatThrownBy(() -> attachments.stage(
                        "x.pdf", new ByteArrayInputStream("MZ....".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(staged()).isEmpty();
        Attachments.Staged staged = attachments.stage(
                "../../报告.pdf", new ByteArrayInputStream("%PDF-1.7 x".getBytes(StandardCharsets.US_ASCII)));
        assertThat(staged.file().fileName()).isEqualTo("报告.pdf");
        assertThat(staged.size()).isEqualTo(10);
        assertThat(staged.sha256()).hasSize(64);
        assertThat(staged()).hasSize(1);
        staged.close();
        assertThat(staged()).isEmpty();
    }

    @Test
    void stagingFilesLeftByAKilledServerAreRemovedOnStart() throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve("tmp/attachments"));
        Files.writeString(folder.resolve("upload-123.part"), "half an upload");
        new Attachments(dataDir, 1024);
        assertThat(staged()).isEmpty();
    }

    private java.util.List<Path> staged() throws IOException {
        Path folder = dataDir.resolve("tmp/attachments");
        if (!Files.exists(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** A PDF-looking stream that counts what was read from it. */
    static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read < size ? (read++ == 0 ? '%' : 'P') : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            b[off] = (byte) (read == 0 ? '%' : 'x');
            read += n;
            return n;
        }
    }
}
