package org.stocktake.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Plain text in UTF-8 or GB18030, DOCX and PDF with a text layer become the same lines of text; bad files say why. */
class PolicyDocumentsTest {

    private static final String GOAL = "到2030年，森林覆盖率达到60%。（省林业局、省财政厅等负责）";

    @Test
    void utf8WithOrWithoutAMarkAndGb18030() throws Exception {
        byte[] utf8 = GOAL.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[utf8.length + 3];
        marked[0] = (byte) 0xef;
        marked[1] = (byte) 0xbb;
        marked[2] = (byte) 0xbf;
        System.arraycopy(utf8, 0, marked, 3, utf8.length);
        assertThat(PolicyDocuments.text("a.txt", utf8)).isEqualTo(GOAL);
        assertThat(PolicyDocuments.text("a.txt", marked)).isEqualTo(GOAL);
        assertThat(PolicyDocuments.text("a.txt", GOAL.getBytes(Charset.forName("GB18030"))))
                .isEqualTo(GOAL);
    }

    @Test
    void badFilesSayWhy() {
        assertThatThrownBy(() -> PolicyDocuments.text("a.txt", new byte[] {(byte) 0xff, (byte) 0xff, 0x41}))
                .hasMessage("reading.encoding");
        assertThatThrownBy(() -> PolicyDocuments.text("a.docx", GOAL.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("reading.docx");
        assertThatThrownBy(() -> PolicyDocuments.text("a.pdf", GOAL.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("reading.pdf");
        assertThatThrownBy(() -> PolicyDocuments.text("a.txt", "  \n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("reading.empty");
    }

    @Test
    void aPdfWithoutTextLayerIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        }
        assertThatThrownBy(() -> PolicyDocuments.text("scan.pdf", out.toByteArray()))
                .hasMessage("reading.pdf-no-text");
    }

    @Test
    void docxParagraphsAndTableCellsBecomeLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("一、主要目标");
            doc.createParagraph().createRun().setText(GOAL);
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("指标");
            table.getRow(0).getCell(1).setText("预期性");
            doc.write(out);
        }
        String text = PolicyDocuments.text("plan.docx", out.toByteArray());
        assertThat(text.split("\n")).containsExactly("一、主要目标", GOAL, "指标", "预期性");
        Reading r = PolicyReader.read(text);
        assertThat(r.targets()).extracting(Reading.Target::quote).containsExactly("森林覆盖率达到60%");
        assertThat(r.responsibleUnits().get(0).units()).containsExactly("省林业局", "省财政厅");
    }

    @Test
    void aPdfTextLayerIsReadAndItsLinesJoinedIntoParagraphs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BaseFont font = BaseFont.createFont(
                "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("一、主要目标", new Font(font, 12)));
        doc.add(new Paragraph(GOAL.repeat(3), new Font(font, 12))); // wraps over several lines
        doc.close();
        String text = PolicyDocuments.text("plan.pdf", out.toByteArray());
        assertThat(text.split("\n")).containsExactly("一、主要目标", GOAL.repeat(3));
        assertThat(PolicyReader.read(text).responsibleUnits()).hasSize(3);
    }

    @Test
    void aWordOrBracketSplitByALineOrPageBreakIsWholeAgain() {
        String laidOut = "（三）加强监测。到2030年，森林覆\n盖率达到60%。（省林业局、\n\n省财政厅负责）\n（四）强化保障。\n";
        assertThat(PolicyDocuments.joinLines(laidOut)).isEqualTo("（三）加强监测。到2030年，森林覆盖率达到60%。（省林业局、省财政厅负责）\n（四）强化保障。\n");
    }
}
