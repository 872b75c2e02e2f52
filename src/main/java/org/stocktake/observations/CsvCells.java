package org.stocktake.observations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CSV file (in the encoding {@link FileContent} found) (RFC 4180: quoted fields, doubled quotes, CRLF or LF; an optional
 * byte-order mark is skipped) record by record. Records are numbered from 1, empty lines
 * included, so a row number is the line number unless a quoted field spans lines. Written for
 * speed: fields are cut straight out of a 64 KB buffer.
 */
final class CsvCells {

    private final Reader reader;
    private final char[] buffer = new char[1 << 16];
    private final List<String> fields = new ArrayList<>(16);
    private final StringBuilder field = new StringBuilder(64);
    private int pos;
    private int limit;
    private long record;

    private CsvCells(Reader reader) {
        this.reader = reader;
    }

    static void read(Path file, java.nio.charset.Charset charset, CellSink sink) throws IOException {
        try (Reader reader = open(file, charset)) {
            CsvCells csv = new CsvCells(reader);
            String[] row;
            while ((row = csv.next()) != null) {
                sink.row(csv.record, row);
            }
        }
    }

    /** The next record's fields, or null at the end of the file. */
    private String[] next() throws IOException {
        if (pos >= limit && !fill()) {
            return null;
        }
        record++;
        fields.clear();
        while (true) {
            int end = readField();
            if (end != ',') {
                return fields.toArray(String[]::new);
            }
        }
    }

    /** Reads one field into {@link #fields}; returns what ended it: ',', '\n' or -1 (end of file). */
    private int readField() throws IOException {
        field.setLength(0);
        if (pos >= limit && !fill()) {
            fields.add("");
            return -1;
        }
        if (buffer[pos] == '"') {
            pos++;
            readQuoted();
        }
        int start = pos;
        while (true) {
            if (pos >= limit) {
                field.append(buffer, start, pos - start);
                requireShort();
                if (!fill()) {
                    fields.add(field.toString());
                    return -1;
                }
                start = pos;
            }
            char c = buffer[pos];
            if (c == ',' || c == '\n' || c == '\r') {
                fields.add(
                        field.length() == 0
                                ? new String(buffer, start, pos - start)
                                : field.append(buffer, start, pos - start).toString());
                pos++;
                if (c == '\r' && (pos < limit || fill()) && buffer[pos] == '\n') {
                    pos++;
                }
                return c == ',' ? ',' : '\n';
            }
            pos++;
        }
    }

    private void readQuoted() throws IOException {
        long startRecord = record;
        while (true) {
            if (pos >= limit && !fill()) {
                throw new FileContent.Unreadable(startRecord, "data.csv.quote", startRecord);
            }
            char c = buffer[pos++];
            if (c == '"') {
                if ((pos < limit || fill()) && buffer[pos] == '"') {
                    field.append('"');
                    pos++;
                } else {
                    return;
                }
            } else {
                field.append(c);
                if ((field.length() & 0xFFFF) == 0) {
                    requireShort();
                }
            }
        }
    }

    /** Longest cell read at all (memory stays bounded); the checks of each field are far shorter. */
    static final int MAX_CELL = 4_000_000;

    private void requireShort() {
        if (field.length() > MAX_CELL) {
            throw new FileContent.Unreadable(record, "data.csv.cell-too-long", record, MAX_CELL);
        }
    }

    private boolean fill() throws IOException {
        int n = reader.read(buffer, 0, buffer.length);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private static Reader open(Path file, java.nio.charset.Charset charset) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, charset);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
