package org.stocktake.reports;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of an official document in DOCX: Normal (仿宋 三号, fixed 29 pt lines,
 * first line indented two characters), Title (小标宋 二号, centred), Heading1 (黑体), Heading2
 * (楷体), Heading3 (仿宋 bold) with outline levels 0–2, and Caption. Latin letters and digits are
 * in Times New Roman, as official documents set them.
 */
final class OfficialStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String CAPTION = "Caption";
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋";
    static final String HEADING_FONT = "黑体";
    static final String KAI_FONT = "楷体";
    static final String SONG_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    private static final int LINE = 580;
    private static final int INDENT = 640;

    private OfficialStyles() {}

    static String heading(int level) {
        return "Heading" + level;
    }

    static String headingFont(int level) {
        return switch (level) {
            case 1 -> HEADING_FONT;
            case 2 -> KAI_FONT;
            default -> BODY_FONT;
        };
    }

    static void addTo(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style(NORMAL, "Normal", null, BODY_FONT, PdfRenderer.BODY, false, null, true, false));
        styles.addStyle(style(TITLE, "Title", NORMAL, TITLE_FONT, 22, false, null, false, true));
        for (int level = 1; level <= 3; level++) {
            styles.addStyle(style(
                    heading(level),
                    "heading " + level,
                    NORMAL,
                    headingFont(level),
                    PdfRenderer.BODY,
                    level == 3,
                    level - 1,
                    true,
                    false));
        }
        styles.addStyle(style(CAPTION, "caption", NORMAL, HEADING_FONT, 14, false, null, false, true));
    }

    private static XWPFStyle style(
            String id,
            String name,
            String basedOn,
            String font,
            double size,
            boolean bold,
            Integer outline,
            boolean indent,
            boolean centred) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal(NORMAL);
        } else {
            style.setDefault(true);
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(centred && size > PdfRenderer.BODY ? 700 : LINE));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        if (indent) {
            paragraph.addNewInd().setFirstLine(BigInteger.valueOf(INDENT));
            paragraph.addNewJc().setVal(STJc.BOTH);
        }
        if (centred) {
            paragraph.addNewJc().setVal(STJc.CENTER);
        }
        if (outline != null) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = style.addNewRPr();
        fonts(run.addNewRFonts(), font);
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        run.addNewSzCs().setVal(BigInteger.valueOf(Math.round(size * 2)));
        if (bold) {
            run.addNewB();
        }
        return new XWPFStyle(style);
    }

    private static void fonts(CTFonts fonts, String eastAsia) {
        fonts.setEastAsia(eastAsia);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
    }

    /** A run with its fonts and size named on the run too, so every reader sees them without the styles. */
    static XWPFRun run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        if (!text.isEmpty()) {
            run.setText(text);
        }
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        return run;
    }
}
