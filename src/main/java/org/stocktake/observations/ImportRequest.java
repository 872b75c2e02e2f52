package org.stocktake.observations;

import java.nio.file.Path;

/**
 * A file to import. {@code name} only names the file in problems and the import log (reduced to
 * its last segment, so a name like {@code ../../x.csv} is harmless and never echoed as a path); the
 * format is read from the file's content. {@code status} is the status the new revisions get
 * (submitted by default; a coordinator loading published figures may approve them at once);
 * {@code defaultSource} fills rows without a source (default: the file name);
 * {@code indicatorDimension} is the SDMX column that holds the indicator code. Who imports is the
 * actor passed to {@link ImportService}.
 */
public record ImportRequest(
        Path file, String name, String reason, Status status, String defaultSource, String indicatorDimension) {

    public ImportRequest {
        name = displayName(name == null || name.isBlank() ? file.getFileName().toString() : name);
        status = status == null ? Status.SUBMITTED : status;
        defaultSource = defaultSource == null || defaultSource.isBlank() ? name : defaultSource;
        indicatorDimension =
                indicatorDimension == null || indicatorDimension.isBlank() ? "INDICATOR" : indicatorDimension;
    }

    public static ImportRequest of(Path file, String reason, Status status) {
        return new ImportRequest(file, null, reason, status, null, null);
    }

    /** The last segment of a client's file name, without control characters, at most 120 characters. */
    static String displayName(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder b = new StringBuilder();
        last.codePoints().filter(c -> !Character.isISOControl(c)).limit(120).forEach(b::appendCodePoint);
        String clean = b.toString().strip();
        return clean.isEmpty() || clean.equals(".") || clean.equals("..") ? "upload" : clean;
    }
}
