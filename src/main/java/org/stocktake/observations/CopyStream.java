package org.stocktake.observations;

import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows to a {@code COPY … FROM STDIN} in PostgreSQL's text format, escaping and encoding
 * UTF-8 straight into one reusable 256 KB buffer (no per-row strings, no large garbage).
 */
final class CopyStream implements AutoCloseable {

    private static final int SIZE = 1 << 18;

    private final CopyIn copy;
    private final byte[] buffer = new byte[SIZE];
    private int pos;
    private boolean ended;

    CopyStream(CopyIn copy) {
        this.copy = copy;
    }

    /** Writes one row; null fields become SQL NULL. */
    void row(String... fields) throws SQLException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                put('\t');
            }
            field(fields[i]);
        }
        put('\n');
    }

    /** Ends the COPY; returns the rows the server took in. */
    long end() throws SQLException {
        flush();
        ended = true;
        return copy.endCopy();
    }

    private void field(String s) throws SQLException {
        if (s == null) {
            put('\\');
            put('N');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> {
                    put('\\');
                    put('\\');
                }
                case '\t' -> {
                    put('\\');
                    put('t');
                }
                case '\n' -> {
                    put('\\');
                    put('n');
                }
                case '\r' -> {
                    put('\\');
                    put('r');
                }
                default -> {
                    if (c < 0x80) {
                        put(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                        utf8(Character.toCodePoint(c, s.charAt(++i)));
                    } else {
                        utf8(c);
                    }
                }
            }
        }
    }

    private void utf8(int cp) throws SQLException {
        if (cp < 0x800) {
            put(0xC0 | cp >> 6);
        } else if (cp < 0x10000) {
            put(0xE0 | cp >> 12);
            put(0x80 | (cp >> 6 & 0x3F));
        } else {
            put(0xF0 | cp >> 18);
            put(0x80 | (cp >> 12 & 0x3F));
            put(0x80 | (cp >> 6 & 0x3F));
        }
        put(0x80 | (cp & 0x3F));
    }

    private void put(int b) throws SQLException {
        if (pos == SIZE) {
            flush();
        }
        buffer[pos++] = (byte) b;
    }

    private void flush() throws SQLException {
        if (pos > 0) {
            copy.writeToCopy(buffer, 0, pos);
            pos = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (!ended && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
