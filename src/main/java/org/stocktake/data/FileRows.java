package org.stocktake.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Streams the data rows of an import file in its format; header and read problems are recorded. */
final class FileRows {

    private FileRows() {
    }

    /** Calls {@code start} with the layout once the header is read, then {@code sink} for each row. */
    static void read(ImportRequest request, ImportProblems problems, Consumer<RowLayout> start, Consumer<RawRow> sink) {
        RowLayout[] layout = new RowLayout[1];
        boolean[] headerSeen = new boolean[1];
        CellSink cells = (row, values) -> {
            if (!headerSeen[0]) {
                headerSeen[0] = true;
                layout[0] = RowLayout.of(request.format(), request.indicatorDimension(), values, problems);
                if (layout[0] != null) {
                    start.accept(layout[0]);
                }
            } else if (layout[0] != null && !blank(values)) {
                RawRow raw = layout[0].map(row, values);
                if (raw != null) {
                    sink.accept(raw);
                }
            }
        };
        try {
            if (request.format() == DataFormat.XLSX) {
                XlsxCells.read(request.file(), cells);
            } else {
                CsvCells.read(request.file(), cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(0, null, "无法读取文件：" + e.getMessage(), "cannot read the file: " + e.getMessage());
        }
        if (!headerSeen[0]) {
            problems.add(0, null, "文件是空的", "the file is empty");
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
