package org.stocktake.observations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.stocktake.shared.LocalizedText;

/** Streams the data rows of an import file in its format; header and read problems are recorded. */
final class FileRows {

    private FileRows() {}

    /**
     * Calls {@code start} with the layout once the header is read, then {@code sink} for each row;
     * returns what the file turned out to be (read from its bytes and header, never its name).
     * Problems never quote a server path or an exception's own text.
     */
    static DataFormat read(
            ImportRequest request, ImportProblems problems, Consumer<RowLayout> start, Consumer<RawRow> sink) {
        Cells cells = new Cells(request, problems, start, sink);
        FileContent content = null;
        try {
            content = FileContent.detect(request.file(), request.name());
            if (content.xlsx()) {
                XlsxCells.read(request.file(), cells);
            } else {
                CsvCells.read(request.file(), content.charset(), cells);
            }
        } catch (FileContent.Unreadable e) {
            problems.add(e.row, null, new LocalizedText(e.zh, e.en));
            return null;
        } catch (IOException | UncheckedIOException e) {
            problems.add(0, null, "data.file.unreadable");
            return null;
        }
        if (!cells.anyHeader) {
            problems.add(0, null, "data.file.empty");
        }
        if (content.xlsx()) {
            return DataFormat.XLSX;
        }
        return cells.layout == null ? DataFormat.CSV : cells.layout.dialect();
    }

    /** Reads a header row at the start of the file (and of each further sheet), then data rows. */
    private static final class Cells implements CellSink {
        private final ImportRequest request;
        private final ImportProblems problems;
        private final Consumer<RowLayout> start;
        private final Consumer<RawRow> sink;
        private RowLayout layout;
        private boolean headerSeen;
        private boolean anyHeader;
        private String prefix = "";

        Cells(ImportRequest request, ImportProblems problems, Consumer<RowLayout> start, Consumer<RawRow> sink) {
            this.request = request;
            this.problems = problems;
            this.start = start;
            this.sink = sink;
        }

        @Override
        public void sheet(int index, String name) {
            headerSeen = false;
            prefix = index == 0 ? "" : name + "!";
        }

        @Override
        public void row(long row, String[] values) {
            if (!headerSeen) {
                if (blank(values)) {
                    return;
                }
                headerSeen = true;
                anyHeader = true;
                layout = RowLayout.of(request.indicatorDimension(), values, problems, prefix);
                if (layout != null) {
                    start.accept(layout);
                }
            } else if (layout != null && !blank(values)) {
                RawRow raw = layout.map(row, values);
                if (raw != null) {
                    sink.accept(raw);
                }
            }
        }
    }

    private static boolean blank(String[] values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
