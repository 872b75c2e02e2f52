package org.stocktake.observations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;

/**
 * What an uploaded file is, decided from its bytes and never from its name: an XLSX workbook (a
 * zip, {@code PK\3\4}), or text in UTF-8 (with or without a byte-order mark), UTF-16 (by its
 * byte-order mark) or GB18030 (which covers GBK and GB2312) when it is not valid UTF-8. Anything
 * else is refused with the row and the problem in words.
 */
record FileContent(boolean xlsx, Charset charset) {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** A file that cannot be read as an import, with where (row, 0 for the whole file) and why. */
    static final class Unreadable extends RuntimeException {
        final long row;
        final String zh;
        final String en;

        Unreadable(long row, String key, Object... args) {
            this(row, Messages.text(key, args));
        }

        private Unreadable(long row, LocalizedText text) {
            super(text.en(), null, false, false);
            this.row = row;
            this.zh = text.zh();
            this.en = text.en();
        }
    }

    static FileContent detect(Path file, String name) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        boolean namedXlsx = name != null && name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new FileContent(true, null);
        }
        if (n >= 4
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new Unreadable(0, "data.file.xls");
        }
        if (namedXlsx) {
            throw new Unreadable(0, "data.file.not-xlsx");
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            requireDecodable(file, StandardCharsets.UTF_8, "UTF-8");
            return new FileContent(false, StandardCharsets.UTF_8);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            requireDecodable(file, StandardCharsets.UTF_16BE, "UTF-16");
            return new FileContent(false, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            requireDecodable(file, StandardCharsets.UTF_16LE, "UTF-16");
            return new FileContent(false, StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && (head[0] == 0 || head[1] == 0)) {
            throw new Unreadable(1, "data.file.nul");
        }
        long bad = firstMalformed(file, StandardCharsets.UTF_8);
        if (bad < 0) {
            return new FileContent(false, StandardCharsets.UTF_8);
        }
        if (firstMalformed(file, GB18030) < 0) {
            return new FileContent(false, GB18030);
        }
        long row = lineOf(file, bad);
        throw new Unreadable(row, "data.file.encoding", row, bad + 1);
    }

    private static void requireDecodable(Path file, Charset charset, String label) throws IOException {
        long bad = firstMalformed(file, charset);
        if (bad >= 0) {
            long row = charset.equals(StandardCharsets.UTF_8) ? lineOf(file, bad) : 0;
            throw new Unreadable(row, row > 0 ? "data.file.bom.row" : "data.file.bom.file", row, bad + 1, label);
        }
    }

    /** The offset of the first byte that does not decode, or -1 when the whole file decodes. */
    static long firstMalformed(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long consumed = 0;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                end = read < 0;
                in.position(in.position() + Math.max(read, 0));
                in.flip();
                while (true) {
                    CoderResult result = decoder.decode(in, out, end);
                    if (result.isError()) {
                        return consumed + in.position();
                    }
                    out.clear();
                    if (result.isUnderflow()) {
                        break;
                    }
                }
                consumed += in.position();
                in.compact();
            }
            if (decoder.flush(out).isError()) {
                return consumed;
            }
        }
        return -1;
    }

    /** The 1-based line that holds byte {@code offset}. */
    private static long lineOf(Path file, long offset) throws IOException {
        long line = 1;
        byte[] buffer = new byte[1 << 16];
        long pos = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while (pos < offset && (n = in.read(buffer)) > 0) {
                for (int i = 0; i < n && pos < offset; i++, pos++) {
                    if (buffer[i] == '\n') {
                        line++;
                    }
                }
            }
        }
        return line;
    }
}
