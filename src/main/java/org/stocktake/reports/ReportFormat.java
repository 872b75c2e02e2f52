package org.stocktake.reports;

import java.util.Locale;

/** The formats a report is written in. */
public enum ReportFormat {
    PDF,
    DOCX,
    XLSX;

    public static ReportFormat parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
