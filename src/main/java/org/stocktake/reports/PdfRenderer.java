package org.stocktake.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.stocktake.shared.Messages;

/** Renders a report to PDF, A4, with the CJK font embedded (subset) so every character shows. */
final class PdfRenderer {

    private static final Color HEADER = new Color(0xEE, 0xF1, 0xF5);
    private final BaseFont font;

    PdfRenderer(BaseFont font) {
        this.font = font;
    }

    byte[] render(ReportDocument report) {
        CjkFont.requireGlyphs(font, report.allText());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.addCreator("Stocktake");
            document.open();
            title(document, report);
            for (ReportDocument.Block block : report.blocks()) {
                add(document, block);
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException(Messages.zh("reports.pdf.failed", e.getMessage()), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private void title(Document document, ReportDocument report) throws DocumentException {
        Paragraph title = new Paragraph(report.title(), new Font(font, 18, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(6);
        document.add(title);
        if (report.subtitle() != null) {
            Paragraph sub = new Paragraph(report.subtitle(), new Font(font, 10, Font.NORMAL, Color.DARK_GRAY));
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(12);
            document.add(sub);
        }
    }

    private void add(Document document, ReportDocument.Block block) throws DocumentException, IOException {
        if (block instanceof ReportDocument.Heading h) {
            Paragraph p = new Paragraph(h.text(), new Font(font, h.level() == 1 ? 14 : 12, Font.BOLD));
            p.setSpacingBefore(10);
            p.setSpacingAfter(4);
            document.add(p);
        } else if (block instanceof ReportDocument.Paragraph p) {
            Paragraph para = new Paragraph(p.text(), new Font(font, 10.5f));
            para.setLeading(16);
            para.setSpacingAfter(4);
            document.add(para);
        } else if (block instanceof ReportDocument.Bullets l) {
            for (String item : l.items()) {
                document.add(new Paragraph(new Chunk("• " + item, new Font(font, 10.5f))));
            }
        } else if (block instanceof ReportDocument.Table t) {
            Paragraph caption = new Paragraph(t.caption(), new Font(font, 10, Font.BOLD));
            caption.setSpacingBefore(6);
            document.add(caption);
            document.add(table(t));
        } else if (block instanceof ReportDocument.Image i) {
            image(document, i);
        }
    }

    private PdfPTable table(ReportDocument.Table t) {
        PdfPTable table = new PdfPTable(Math.max(1, t.headers().size()));
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        try {
            table.setWidths(widths(t));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        Font head = new Font(font, 9, Font.BOLD);
        Font body = new Font(font, 9);
        for (String h : t.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(h, head));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        for (var row : t.rows()) {
            row.forEach(c -> table.addCell(new PdfPCell(new Phrase(c, body))));
        }
        return table;
    }

    /** Column widths in proportion to the column's typical text length, within bounds. */
    private static float[] widths(ReportDocument.Table t) {
        float[] widths = new float[Math.max(1, t.headers().size())];
        for (int c = 0; c < widths.length; c++) {
            int col = c;
            double mean = t.rows().stream()
                    .mapToInt(r -> col < r.size() ? r.get(col).length() : 0)
                    .average()
                    .orElse(0);
            widths[c] = (float) Math.max(
                    4, Math.min(24, Math.max(mean, t.headers().get(c).length())));
        }
        return widths;
    }

    private void image(Document document, ReportDocument.Image i) throws DocumentException, IOException {
        com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(i.png());
        image.scaleToFit(document.getPageSize().getWidth() - 100, 320);
        image.setAlignment(Element.ALIGN_CENTER);
        document.add(image);
        Paragraph caption = new Paragraph(i.caption(), new Font(font, 9, Font.NORMAL, Color.DARK_GRAY));
        caption.setAlignment(Element.ALIGN_CENTER);
        caption.setSpacingAfter(8);
        document.add(caption);
    }
}
