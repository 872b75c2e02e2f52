package org.stocktake.reports;

/** Writes a report in one of the formats; PDF needs a CJK font (see {@link CjkFont}). */
final class ReportWriter {

    private final String configuredFont;

    ReportWriter(String configuredFont) {
        this.configuredFont = configuredFont;
    }

    byte[] write(ReportDocument report, ReportFormat format) {
        return switch (format) {
            case PDF -> new PdfRenderer(CjkFont.faces(configuredFont)).render(report);
            case DOCX -> new DocxRenderer().render(report);
            case XLSX -> new XlsxRenderer().render(report);
        };
    }
}
