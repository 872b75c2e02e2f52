package org.stocktake.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Renders a report to DOCX (Word), with an East Asian font named for every run. */
final class DocxRenderer {

    static final String FONT = "Noto Sans CJK SC";

    byte[] render(ReportDocument report) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text(centred(doc.createParagraph()), report.title(), 18, true);
            if (report.subtitle() != null) {
                text(centred(doc.createParagraph()), report.subtitle(), 10, false);
            }
            for (ReportDocument.Block block : report.blocks()) {
                add(doc, block);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(XWPFDocument doc, ReportDocument.Block block) throws IOException {
        if (block instanceof ReportDocument.Heading h) {
            text(doc.createParagraph(), h.text(), h.level() == 1 ? 14 : 12, true);
        } else if (block instanceof ReportDocument.Paragraph p) {
            text(doc.createParagraph(), p.text(), 10.5, false);
        } else if (block instanceof ReportDocument.Bullets l) {
            l.items().forEach(i -> text(doc.createParagraph(), "• " + i, 10.5, false));
        } else if (block instanceof ReportDocument.Table t) {
            table(doc, t);
        } else if (block instanceof ReportDocument.Image i) {
            image(doc, i);
        }
    }

    private void table(XWPFDocument doc, ReportDocument.Table t) {
        text(doc.createParagraph(), t.caption(), 10, true);
        XWPFTable table =
                doc.createTable(t.rows().size() + 1, Math.max(1, t.headers().size()));
        table.setWidth("100%");
        fill(table.getRow(0), t.headers(), true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table.getRow(r + 1), t.rows().get(r), false);
        }
        doc.createParagraph();
    }

    private void fill(XWPFTableRow row, java.util.List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            text(p, cells.get(c), 9, bold);
        }
    }

    private void image(XWPFDocument doc, ReportDocument.Image i) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        double scale = Math.min(1.0, 450.0 / i.width());
        try {
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(i.png()),
                            PictureType.PNG,
                            "chart.png",
                            Units.toEMU(i.width() * scale),
                            Units.toEMU(i.height() * scale));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        text(centred(doc.createParagraph()), i.caption(), 9, false);
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    private static XWPFRun text(XWPFParagraph paragraph, String text, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.ascii);
        return run;
    }
}
