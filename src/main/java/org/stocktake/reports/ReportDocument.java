package org.stocktake.reports;

import java.util.List;

/**
 * A report as a sequence of blocks, rendered alike to PDF, DOCX and XLSX. With an {@link Official}
 * part, PDF and DOCX take the form of a Chinese official document (GB/T 9704): the issuing body in
 * red above a red line, the document number, and the issuing body and date at the end.
 */
public record ReportDocument(String title, String subtitle, List<Block> blocks, Official official) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    public ReportDocument(String title, String subtitle, List<Block> blocks) {
        this(title, subtitle, blocks, null);
    }

    /**
     * The parts of a GB/T 9704 document around the body: 发文机关标志 (issuer), 发文字号 (number), and
     * the 落款 (issuer again and the date, already written out: 2026年12月1日 / 1 December 2026).
     */
    public record Official(String issuer, String number, String date) {}

    /**
     * One piece of a report. Headings carry their own numbers (一、 （一） 1. in Chinese, 1. 1.1 in
     * English; see {@link Outline}); an image belongs to the heading before it.
     */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Image {}

    public record Heading(int level, String text) implements Block {}

    public record Paragraph(String text) implements Block {}

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table with a caption; cells are text, already formatted. */
    public record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A chart or map drawn as a PNG, with its caption. */
    @SuppressWarnings("ArrayRecordComponent") // the picture's bytes, written into documents, never compared
    public record Image(String caption, byte[] png, int width, int height) implements Block {}

    /** Every text in the report, for checking that the font can show it. */
    String allText() {
        StringBuilder text = new StringBuilder(title).append(subtitle == null ? "" : subtitle);
        if (official != null) {
            text.append(official.issuer()).append(official.number()).append(official.date());
        }
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                text.append(h.text());
            } else if (b instanceof Paragraph p) {
                text.append(p.text());
            } else if (b instanceof Bullets l) {
                l.items().forEach(text::append);
            } else if (b instanceof Table t) {
                text.append(t.caption());
                t.headers().forEach(text::append);
                t.rows().forEach(r -> r.forEach(text::append));
            } else if (b instanceof Image i) {
                text.append(i.caption());
            }
        }
        return text.toString();
    }
}
