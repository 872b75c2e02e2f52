package org.stocktake.data;

import java.nio.file.Path;

/**
 * A file to import. {@code name} is how problems name the file; {@code status} is the status
 * the new revisions get (submitted by default; a statistician loading published figures may
 * approve them at once); {@code defaultSource} fills rows without a source (default: the file
 * name); {@code indicatorDimension} is the SDMX column that holds the indicator code.
 */
public record ImportRequest(Path file, String name, DataFormat format, String user, String reason,
        Status status, String defaultSource, String indicatorDimension) {

    public ImportRequest {
        name = name == null || name.isBlank() ? file.getFileName().toString() : name;
        format = format == null ? DataFormat.guess(name) : format;
        user = user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
        status = status == null ? Status.SUBMITTED : status;
        defaultSource = defaultSource == null || defaultSource.isBlank() ? name : defaultSource;
        indicatorDimension = indicatorDimension == null || indicatorDimension.isBlank() ? "INDICATOR" : indicatorDimension;
    }

    public static ImportRequest of(Path file, String user, String reason, Status status) {
        return new ImportRequest(file, null, null, user, reason, status, null, null);
    }
}
