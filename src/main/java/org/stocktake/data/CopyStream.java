package org.stocktake.data;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/** Writes rows to a {@code COPY … FROM STDIN} in PostgreSQL's text format, in 1 MB chunks. */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder text = new StringBuilder(CHUNK + 4096);
    private long rows;
    private boolean ended;

    CopyStream(CopyIn copy) {
        this.copy = copy;
    }

    /** Writes one row; null fields become SQL NULL. */
    void row(String... fields) throws SQLException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            escape(fields[i]);
        }
        text.append('\n');
        rows++;
        if (text.length() >= CHUNK) {
            flush();
        }
    }

    /** Ends the COPY; returns the rows the server took in. */
    long end() throws SQLException {
        flush();
        ended = true;
        return copy.endCopy();
    }

    long rows() {
        return rows;
    }

    private void escape(String s) {
        if (s == null) {
            text.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (text.length() > 0) {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }
    }

    @Override
    public void close() throws SQLException {
        if (!ended && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
