package org.stocktake.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Text files whose encoding is found, not assumed: UTF-8 (with or without a byte-order mark),
 * UTF-16 when it starts with its byte-order mark, otherwise GB18030 (which includes GBK and GB2312)
 * when the bytes are not valid UTF-8. A file that is none of these, or that holds a NUL character
 * (often UTF-16 saved without its mark), is refused with its name, the line and the problem in
 * words. The file is checked in one streaming pass before it is read, so a reader never fails
 * half-way with a bare decoding error.
 */
public final class TextFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int CHUNK = 1 << 16;

    private TextFiles() {}

    /** The encoding found and the number of byte-order-mark bytes to skip. */
    private record Encoding(Charset charset, int skip) {}

    /** A reader on the whole file, its encoding detected, without its byte-order mark. */
    public static BufferedReader open(Path file) throws IOException {
        Encoding encoding = detect(file);
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.skip());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, decoder(encoding.charset())), CHUNK);
    }

    /** The whole file as text, its encoding detected, without its byte-order mark. */
    public static String read(Path file) throws IOException {
        Encoding encoding = detect(file);
        byte[] bytes = Files.readAllBytes(file);
        return decoder(encoding.charset())
                .decode(ByteBuffer.wrap(bytes, encoding.skip(), bytes.length - encoding.skip()))
                .toString();
    }

    /** The name of the encoding the file would be read in (for messages and tests). */
    public static String encodingOf(Path file) throws IOException {
        return detect(file).charset().name();
    }

    private static Encoding detect(Path file) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return checked(file, new Encoding(StandardCharsets.UTF_8, 3), "UTF-8");
        }
        if (n >= 2
                && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
                        || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
            return checked(file, new Encoding(StandardCharsets.UTF_16, 0), "UTF-16");
        }
        Optional<Problem> utf8 = problem(file, new Encoding(StandardCharsets.UTF_8, 0), "UTF-8");
        if (utf8.isEmpty()) {
            return new Encoding(StandardCharsets.UTF_8, 0);
        }
        if (utf8.get().en().startsWith("NUL")) {
            throw refused(file, utf8.get());
        }
        Optional<Problem> gb = problem(file, new Encoding(GB18030, 0), "GB18030");
        if (gb.isEmpty()) {
            return new Encoding(GB18030, 0);
        }
        Problem p = gb.get();
        throw refused(file, p.en().startsWith("NUL") ? p : Problem.of(p.where(), "text.not-utf8-nor-gb"));
    }

    private static Encoding checked(Path file, Encoding encoding, String name) throws IOException {
        Optional<Problem> p = problem(file, encoding, name);
        if (p.isPresent()) {
            throw refused(file, p.get());
        }
        return encoding;
    }

    private static InvalidInputException refused(Path file, Problem problem) {
        return new InvalidInputException(file.getFileName().toString(), List.of(problem));
    }

    /** Decodes the whole file once; the first undecodable byte or NUL character, with its line. */
    private static Optional<Problem> problem(Path file, Encoding encoding, String name) throws IOException {
        CharsetDecoder decoder = decoder(encoding.charset());
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        int[] line = {1};
        try (InputStream stream = Files.newInputStream(file);
                ReadableByteChannel channel = Channels.newChannel(stream)) {
            stream.skipNBytes(encoding.skip());
            boolean end = false;
            while (!end) {
                end = channel.read(in) < 0;
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, end);
                    if (nul(out, line) || result.isError()) {
                        return Optional.of(result.isError() ? undecodable(line[0], name) : nulProblem(line[0]));
                    }
                } while (result.isOverflow());
                in.compact();
            }
            decoder.flush(out);
            return nul(out, line) ? Optional.of(nulProblem(line[0])) : Optional.empty();
        }
    }

    /** Counts the lines in the decoded characters and empties the buffer; true at a NUL character. */
    private static boolean nul(CharBuffer out, int[] line) {
        out.flip();
        while (out.hasRemaining()) {
            char c = out.get();
            if (c == '\n') {
                line[0]++;
            } else if (c == '\0') {
                out.clear();
                return true;
            }
        }
        out.clear();
        return false;
    }

    private static Problem undecodable(int line, String name) {
        return Problem.of(Messages.zh("where.row", line), "text.undecodable", name);
    }

    private static Problem nulProblem(int line) {
        return Problem.of(Messages.zh("where.row", line), "text.nul");
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
