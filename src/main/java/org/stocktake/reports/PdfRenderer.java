package org.stocktake.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.stocktake.shared.Messages;

/**
 * Renders a report to PDF in the layout of GB/T 9704: A4, margins 37 mm top, 35 mm bottom, 28 mm
 * left, 26 mm right; the issuing body in red over a red line; the title in 小标宋; the body in
 * 仿宋 三号 (16 pt) at 22 lines a page; headings 一、 in 黑体 and （一） in 楷体; the issuing body
 * and date at the end; page numbers "— 1 —", odd pages right, even pages left. The fonts are the
 * stand-ins described in {@link CjkFont}, embedded (subset) so every character shows.
 */
final class PdfRenderer {

    static final float MM = 72f / 25.4f;
    static final float TOP = 37 * MM;
    static final float BOTTOM = 35 * MM;
    static final float LEFT = 28 * MM;
    static final float RIGHT = 26 * MM;
    /** 三号. */
    static final float BODY = 16f;
    /** 22 lines on the 225 mm of text height. */
    static final float LEADING = 29f;
    /** Two characters of 三号: the first-line indent of paragraphs and headings. */
    static final float INDENT = 2 * BODY;

    static final Color RED = new Color(0xE6, 0x00, 0x12);
    private static final Color HEADER = new Color(0xEE, 0xF1, 0xF5);
    private static final float[] TABLE_SIZES = {10.5f, 9f, 8f, 7f};

    private final CjkFont.Faces faces;

    PdfRenderer(CjkFont.Faces faces) {
        this.faces = faces;
    }

    byte[] render(ReportDocument report) {
        CjkFont.requireGlyphs(faces.body(), report.allText());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // an image that does not fit waits for the next page with everything after it, so a chart
            // never slips below the next heading
            writer.setStrictImageSequence(true);
            writer.setPageEvent(new PageNumbers(faces.body()));
            document.addTitle(report.title());
            document.addCreator("Stocktake");
            document.open();
            masthead(document, writer, report.official());
            title(document, report);
            List<ReportDocument.Block> blocks = report.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                ReportDocument.Block block = blocks.get(i);
                if (block instanceof ReportDocument.Heading
                        && (i == 0 || !(blocks.get(i - 1) instanceof ReportDocument.Heading))) {
                    keepWithNext(document, writer, blocks.subList(i, blocks.size()));
                }
                add(document, block);
            }
            if (report.official() != null && writer.getVerticalPosition(true) - document.bottom() < 4 * LEADING) {
                document.newPage(); // the issuing body and the date stay together
            }
            signature(document, report.official());
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException(Messages.zh("reports.pdf.failed", e.getMessage()), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** 发文机关标志 in red, 发文字号, and the red separator line. */
    private void masthead(Document document, PdfWriter writer, ReportDocument.Official official)
            throws DocumentException {
        if (official == null) {
            return;
        }
        float width = document.right() - document.left();
        float size = Math.min(30f, 0.98f * width / Math.max(1f, faces.title().getWidthPoint(official.issuer(), 1f)));
        Paragraph issuer = new Paragraph(official.issuer(), new Font(faces.title(), size, Font.NORMAL, RED));
        issuer.setAlignment(Element.ALIGN_CENTER);
        issuer.setLeading(size * 1.3f);
        issuer.setSpacingAfter(LEADING);
        document.add(issuer);
        Paragraph number = new Paragraph(official.number(), new Font(faces.body(), BODY));
        number.setAlignment(Element.ALIGN_CENTER);
        number.setLeading(LEADING);
        number.setSpacingAfter(4 * MM + LEADING);
        document.add(number);
        // the red separator line, 4 mm under the document number, as wide as the text
        float y = writer.getVerticalPosition(true) + LEADING;
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(1.5f);
        canvas.moveTo(document.left(), y);
        canvas.lineTo(document.right(), y);
        canvas.stroke();
        canvas.restoreState();
    }

    private void title(Document document, ReportDocument report) throws DocumentException {
        Paragraph title = new Paragraph(report.title(), new Font(faces.title(), 22));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setLeading(34);
        title.setSpacingAfter(report.subtitle() == null ? LEADING : 6);
        document.add(title);
        if (report.subtitle() != null) {
            Paragraph sub = new Paragraph(report.subtitle(), new Font(faces.body(), 12, Font.NORMAL, Color.DARK_GRAY));
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(LEADING);
            document.add(sub);
        }
    }

    /**
     * A heading (with the headings right under it) starts a new page when what follows (a chart, the
     * start of a table or a paragraph) would not fit under it.
     */
    private void keepWithNext(Document document, PdfWriter writer, List<ReportDocument.Block> rest) throws IOException {
        int headings = 0;
        while (headings < rest.size() && rest.get(headings) instanceof ReportDocument.Heading) {
            headings++;
        }
        ReportDocument.Block next = headings < rest.size() ? rest.get(headings) : null;
        float needed = LEADING * (headings + 1);
        if (next instanceof ReportDocument.Image i) {
            needed += scaled(document, i).getScaledHeight() + LEADING;
        } else if (next instanceof ReportDocument.Table) {
            needed += 4 * LEADING;
        } else {
            needed += LEADING;
        }
        if (writer.getVerticalPosition(true) - document.bottom() < needed) {
            document.newPage();
        }
    }

    private void add(Document document, ReportDocument.Block block) throws DocumentException, IOException {
        if (block instanceof ReportDocument.Heading h) {
            BaseFont face = switch (h.level()) {
                case 1 -> faces.heading();
                case 2 -> faces.subheading();
                default -> faces.body();
            };
            Paragraph p = new Paragraph(h.text(), new Font(face, BODY, h.level() > 2 ? Font.BOLD : Font.NORMAL));
            p.setLeading(LEADING);
            p.setFirstLineIndent(INDENT);
            document.add(p);
        } else if (block instanceof ReportDocument.Paragraph p) {
            document.add(body(p.text()));
        } else if (block instanceof ReportDocument.Bullets l) {
            for (String item : Outline.numbered(l.items())) {
                document.add(body(item));
            }
        } else if (block instanceof ReportDocument.Table t) {
            Paragraph caption = new Paragraph(t.caption(), new Font(faces.heading(), 14));
            caption.setAlignment(Element.ALIGN_CENTER);
            caption.setSpacingBefore(6);
            caption.setSpacingAfter(4);
            document.add(caption);
            document.add(table(t, document.right() - document.left()));
        } else if (block instanceof ReportDocument.Image i) {
            image(document, i);
        }
    }

    private Paragraph body(String text) {
        Paragraph para = new Paragraph(text, new Font(faces.body(), BODY));
        para.setLeading(LEADING);
        para.setFirstLineIndent(INDENT);
        para.setAlignment(Element.ALIGN_JUSTIFIED);
        return para;
    }

    /** A table whose columns are as wide as their content asks, in the largest size where no word is broken. */
    private PdfPTable table(ReportDocument.Table t, float total) throws DocumentException {
        float padding = 8;
        float size = TABLE_SIZES[TABLE_SIZES.length - 1];
        double[] widths = null;
        for (float candidate : TABLE_SIZES) {
            float s = candidate;
            widths = ColumnWidths.of(
                    t,
                    text -> Math.max(
                            faces.heading().getWidthPoint(text, s), faces.body().getWidthPoint(text, s)),
                    padding,
                    total);
            size = s;
            if (ColumnWidths.fits(widths, total)) {
                break;
            }
        }
        float[] points = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            points[c] = (float) widths[c];
        }
        PdfPTable table = new PdfPTable(points.length);
        table.setTotalWidth(points);
        table.setLockedWidth(true);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        Font head = new Font(faces.heading(), size);
        Font body = new Font(faces.body(), size);
        for (String h : t.headers()) {
            table.addCell(cell(h, head, padding, HEADER));
        }
        for (var row : t.rows()) {
            for (int c = 0; c < points.length; c++) {
                table.addCell(cell(c < row.size() ? row.get(c) : "", body, padding, null));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, float padding, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(padding / 2);
        cell.setLeading(0, 1.3f);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static com.lowagie.text.Image scaled(Document document, ReportDocument.Image i) throws IOException {
        com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(i.png());
        float width = Math.min(document.right() - document.left(), i.width() * 0.55f);
        image.scaleToFit(width, 300);
        return image;
    }

    private void image(Document document, ReportDocument.Image i) throws DocumentException, IOException {
        com.lowagie.text.Image image = scaled(document, i);
        image.setAlignment(Element.ALIGN_CENTER);
        document.add(image);
        Paragraph caption = new Paragraph(i.caption(), new Font(faces.body(), 12, Font.NORMAL, Color.DARK_GRAY));
        caption.setAlignment(Element.ALIGN_CENTER);
        caption.setSpacingAfter(8);
        document.add(caption);
    }

    /**
     * 落款: the issuing body two characters from the right margin, one line under the body, and the
     * date on the next line starting two characters to the right of the issuing body's first.
     */
    private void signature(Document document, ReportDocument.Official official) throws DocumentException {
        if (official == null) {
            return;
        }
        Font font = new Font(faces.body(), BODY);
        Paragraph issuer = new Paragraph(official.issuer(), font);
        issuer.setAlignment(Element.ALIGN_RIGHT);
        issuer.setIndentationRight(INDENT);
        issuer.setLeading(LEADING);
        issuer.setSpacingBefore(LEADING);
        Paragraph date = new Paragraph(official.date(), font);
        date.setAlignment(Element.ALIGN_RIGHT);
        date.setLeading(LEADING);
        float issuerWidth = faces.body().getWidthPoint(official.issuer(), BODY);
        float dateWidth = faces.body().getWidthPoint(official.date(), BODY);
        date.setIndentationRight(Math.max(0, issuerWidth - dateWidth));
        document.add(issuer);
        document.add(date);
    }

    /** "— 1 —" in 四号 under the text area: odd pages one character from the right, even pages from the left. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private static final float SIZE = 14f;
        private final Font font;

        PageNumbers(BaseFont face) {
            this.font = new Font(face, SIZE);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            boolean odd = page % 2 == 1;
            float y = document.bottom() - 7 * MM - SIZE;
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                    new Phrase(pageNumber(page), font),
                    odd ? document.right() - SIZE : document.left() + SIZE,
                    y,
                    0);
        }
    }

    static String pageNumber(int page) {
        return "— " + page + " —";
    }
}
