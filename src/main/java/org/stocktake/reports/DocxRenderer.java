package org.stocktake.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders a report to DOCX in the layout of GB/T 9704 (see {@link PdfRenderer}), with real styles
 * (Heading1–3 with outline levels, so Word's navigation pane lists the headings) and the fonts the
 * standard names: 方正小标宋简体 for the title and the issuing body, 仿宋 三号 for the body, 黑体 and
 * 楷体 for the headings. Where those fonts are missing, Word and LibreOffice substitute their own.
 */
final class DocxRenderer {

    /** A4 and the GB/T 9704 margins in twentieths of a point. */
    private static final int PAGE_WIDTH = 11906;

    private static final int PAGE_HEIGHT = 16838;
    private static final int TOP = twips(37);
    private static final int BOTTOM = twips(35);
    private static final int LEFT = twips(28);
    private static final int RIGHT = twips(26);
    static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    /** Two characters of 三号, in twips. */
    private static final int INDENT = 640;

    private static final double TABLE_SIZE = 10.5;
    private static final String RED = "E60012";

    byte[] render(ReportDocument report) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialStyles.addTo(doc);
            page(doc);
            pageNumbers(doc);
            masthead(doc, report.official());
            XWPFParagraph title = styled(doc.createParagraph(), OfficialStyles.TITLE);
            OfficialStyles.run(title, report.title(), OfficialStyles.TITLE_FONT, 22, false);
            if (report.subtitle() != null) {
                XWPFParagraph sub = doc.createParagraph();
                sub.setAlignment(ParagraphAlignment.CENTER);
                OfficialStyles.run(sub, report.subtitle(), OfficialStyles.BODY_FONT, 12, false);
            }
            for (ReportDocument.Block block : report.blocks()) {
                add(doc, block);
            }
            signature(doc, report.official());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(twips(15)));
        margins.setFooter(BigInteger.valueOf(twips(20)));
    }

    /** "— 1 —" in 四号: odd pages right, even pages left, each one character in from the margin. */
    private static void pageNumbers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(280);
        } else {
            p.setIndentationLeft(280);
        }
        OfficialStyles.run(p, "— ", OfficialStyles.SONG_FONT, 14, false);
        OfficialStyles.run(p, "", OfficialStyles.SONG_FONT, 14, false)
                .getCTR()
                .addNewFldChar()
                .setFldCharType(STFldCharType.BEGIN);
        OfficialStyles.run(p, "", OfficialStyles.SONG_FONT, 14, false)
                .getCTR()
                .addNewInstrText()
                .setStringValue(" PAGE ");
        OfficialStyles.run(p, "", OfficialStyles.SONG_FONT, 14, false)
                .getCTR()
                .addNewFldChar()
                .setFldCharType(STFldCharType.SEPARATE);
        OfficialStyles.run(p, "1", OfficialStyles.SONG_FONT, 14, false);
        OfficialStyles.run(p, "", OfficialStyles.SONG_FONT, 14, false)
                .getCTR()
                .addNewFldChar()
                .setFldCharType(STFldCharType.END);
        OfficialStyles.run(p, " —", OfficialStyles.SONG_FONT, 14, false);
    }

    /** 发文机关标志 in red, the document number, and the red line under it. */
    private static void masthead(XWPFDocument doc, ReportDocument.Official official) {
        if (official == null) {
            return;
        }
        XWPFParagraph issuer = doc.createParagraph();
        issuer.setAlignment(ParagraphAlignment.CENTER);
        issuer.setSpacingAfter(580);
        double size = Math.min(30, 0.98 * TEXT_WIDTH / 20 / Math.max(1, ColumnWidths.estimate(official.issuer(), 1)));
        OfficialStyles.run(issuer, official.issuer(), OfficialStyles.TITLE_FONT, Math.floor(size), false)
                .setColor(RED);
        XWPFParagraph number = doc.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.setSpacingAfter(580);
        CTBorder line = number.getCTP().isSetPPr() && number.getCTP().getPPr().isSetPBdr()
                ? number.getCTP().getPPr().getPBdr().addNewBottom()
                : (number.getCTP().isSetPPr()
                                ? number.getCTP().getPPr()
                                : number.getCTP().addNewPPr())
                        .addNewPBdr()
                        .addNewBottom();
        line.setVal(STBorder.SINGLE);
        line.setSz(BigInteger.valueOf(12));
        line.setSpace(BigInteger.valueOf(8));
        line.setColor(RED);
        OfficialStyles.run(number, official.number(), OfficialStyles.BODY_FONT, PdfRenderer.BODY, false);
    }

    private static void add(XWPFDocument doc, ReportDocument.Block block) throws IOException {
        if (block instanceof ReportDocument.Heading h) {
            int level = Math.min(3, Math.max(1, h.level()));
            XWPFParagraph p = styled(doc.createParagraph(), OfficialStyles.heading(level));
            OfficialStyles.run(p, h.text(), OfficialStyles.headingFont(level), PdfRenderer.BODY, level == 3);
        } else if (block instanceof ReportDocument.Paragraph p) {
            body(doc, p.text());
        } else if (block instanceof ReportDocument.Bullets l) {
            Outline.numbered(l.items()).forEach(i -> body(doc, i));
        } else if (block instanceof ReportDocument.Table t) {
            table(doc, t);
        } else if (block instanceof ReportDocument.Image i) {
            image(doc, i);
        }
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = styled(doc.createParagraph(), OfficialStyles.NORMAL);
        OfficialStyles.run(p, text, OfficialStyles.BODY_FONT, PdfRenderer.BODY, false);
    }

    private static XWPFParagraph styled(XWPFParagraph paragraph, String style) {
        paragraph.setStyle(style);
        return paragraph;
    }

    private static void table(XWPFDocument doc, ReportDocument.Table t) {
        XWPFParagraph caption = styled(doc.createParagraph(), OfficialStyles.CAPTION);
        OfficialStyles.run(caption, t.caption(), OfficialStyles.HEADING_FONT, 14, false);
        int columns = Math.max(1, t.headers().size());
        double[] widths = ColumnWidths.of(t, text -> ColumnWidths.estimate(text, TABLE_SIZE) * 20, 200, TEXT_WIDTH);
        XWPFTable table = doc.createTable(t.rows().size() + 1, columns);
        layout(table, widths);
        fill(table.getRow(0), t.headers(), true, widths);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table.getRow(r + 1), t.rows().get(r), false, widths);
        }
        doc.createParagraph();
    }

    /** Fixed layout with the computed column widths: Word then wraps at words, never inside one. */
    private static void layout(XWPFTable table, double[] widths) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null
                ? table.getCTTbl().addNewTblPr()
                : table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(Math.round(sum(widths))));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(w)));
        }
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header, double[] widths) {
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            CTTcPr pr = cell.getCTTc().isSetTcPr()
                    ? cell.getCTTc().getTcPr()
                    : cell.getCTTc().addNewTcPr();
            CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(Math.round(widths[c])));
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setSpacingAfter(0);
            OfficialStyles.run(
                    p,
                    c < cells.size() ? cells.get(c) : "",
                    header ? OfficialStyles.HEADING_FONT : OfficialStyles.BODY_FONT,
                    TABLE_SIZE,
                    false);
        }
    }

    private static void image(XWPFDocument doc, ReportDocument.Image i) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        double width = Math.min(TEXT_WIDTH / 20.0, i.width() * 0.55);
        double scale = width / i.width();
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
        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        OfficialStyles.run(caption, i.caption(), OfficialStyles.BODY_FONT, 12, false);
    }

    /** 落款: the issuing body two characters from the right, the date under it two characters further in. */
    private static void signature(XWPFDocument doc, ReportDocument.Official official) {
        if (official == null) {
            return;
        }
        XWPFParagraph issuer = doc.createParagraph();
        issuer.setAlignment(ParagraphAlignment.RIGHT);
        issuer.setIndentationRight(INDENT);
        issuer.setSpacingBefore(580);
        OfficialStyles.run(issuer, official.issuer(), OfficialStyles.BODY_FONT, PdfRenderer.BODY, false);
        XWPFParagraph date = doc.createParagraph();
        date.setAlignment(ParagraphAlignment.RIGHT);
        double gap = ColumnWidths.estimate(official.issuer(), PdfRenderer.BODY)
                - ColumnWidths.estimate(official.date(), PdfRenderer.BODY);
        date.setIndentationRight((int) Math.max(0, Math.round(gap * 20)));
        OfficialStyles.run(date, official.date(), OfficialStyles.BODY_FONT, PdfRenderer.BODY, false);
    }
}
