package org.stocktake.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The three renderers on a small report with Chinese text, a table and a chart. */
class ReportWriterTest {

    private static final ReportDocument REPORT = new ReportDocument(
            "实施效果评估报告",
            "截至2025年",
            List.of(
                    new ReportDocument.Heading(1, "一、主要目标完成情况"),
                    new ReportDocument.Paragraph("制造业增加值占地区生产总值比重滞后于序时进度。"),
                    new ReportDocument.Table(
                            "主要目标评价",
                            List.of("指标", "目标", "评价"),
                            List.of(List.of("制造业增加值占地区生产总值比重", "30", "滞后"), List.of("森林覆盖率", "59", "基本符合预期"))),
                    Charts.trajectory(
                            "森林覆盖率走势",
                            "%",
                            new Charts.Legend("观测值", "基期至目标路径", "目标"),
                            List.of(new Charts.Point(2020, 59.96), new Charts.Point(2022, 59.98)),
                            new Charts.Point(2020, 59.96),
                            new Charts.Point(2025, 59)),
                    new ReportDocument.Bullets(List.of("加快推进制造强省建设"))));

    private final ReportWriter writer = new ReportWriter(null);

    @Test
    void thePdfHoldsTheChineseTextWithItsFontEmbedded() throws Exception {
        byte[] pdf = writer.write(REPORT, ReportFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("实施效果评估报告", "制造业增加值占地区生产总值比重", "滞后", "基本符合预期", "森林覆盖率走势");
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void theDocxHoldsTheSameTable() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(writer.write(REPORT, ReportFormat.DOCX)))) {
            assertThat(doc.getTables()).hasSize(1);
            var table = doc.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("指标");
            assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("基本符合预期");
            assertThat(doc.getAllPictures()).hasSize(1);
        }
    }

    @Test
    void theXlsxHasASheetPerTableWithNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(writer.write(REPORT, ReportFormat.XLSX)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("主要目标评价");
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue())
                    .isEqualTo(30.0);
        }
    }

    @Test
    void withoutAnyCjkFontThePdfIsRefusedWithInstructions() {
        assertThatThrownBy(() -> CjkFont.first(List.of("/nowhere/NoFont.ttc,0", "/nowhere/other.ttf")))
                .hasMessageContaining("apt-get install fonts-noto-cjk");
        assertThatThrownBy(() -> CjkFont.requireGlyphs(CjkFont.locate(null), "\uE000私用区"))
                .hasMessageContaining("\uE000");
    }
}
