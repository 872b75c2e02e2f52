package org.stocktake.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.PlatformTest;
import org.stocktake.assessment.Method;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanService;
import org.stocktake.verdicts.TargetVerdict;
import org.stocktake.verdicts.VerdictService;

/** The evaluation report from the Hunan data, read back from PDF, DOCX and XLSX. */
class ReportServiceTest extends PlatformTest {

    @Autowired
    ReportService reports;

    @Autowired
    PlanService plans;

    @Autowired
    VerdictService verdicts;

    private ReportDocument report() {
        return reports.evaluation("hunan", 2025, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void thePdfNamesEveryTargetAndItsVerdictWithEmbeddedFonts() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(reports.write(report(), ReportFormat.PDF))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            String text = stripper.getText(pdf).replaceAll("\\s+", "");
            PlanDocument plan = plans.plan("hunan-central-2021").orElseThrow();
            for (PlanDocument.Target t : plan.targets()) {
                assertThat(text).as(t.code()).contains(t.title().zh().replaceAll("\\s+", ""));
            }
            assertThat(text).contains("实施效果评估报告", "数据不足", "滞后", "森林覆盖率", "主要目标评价表", "市州排名表");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void theDocxAndXlsxHoldTheSameTablesAsTheReport() throws Exception {
        ReportDocument report = report();
        List<ReportDocument.Table> tables = report.blocks().stream()
                .filter(ReportDocument.Table.class::isInstance)
                .map(ReportDocument.Table.class::cast)
                .toList();
        assertThat(tables).hasSizeGreaterThanOrEqualTo(3);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(reports.write(report, ReportFormat.DOCX)));
                XSSFWorkbook xlsx =
                        new XSSFWorkbook(new ByteArrayInputStream(reports.write(report, ReportFormat.XLSX)))) {
            assertThat(docx.getTables()).hasSize(tables.size());
            assertThat(xlsx.getNumberOfSheets()).isEqualTo(tables.size());
            for (int i = 0; i < tables.size(); i++) {
                assertThat(cells(docx.getTables().get(i))).isEqualTo(withHeader(tables.get(i)));
                var sheet = xlsx.getSheetAt(i);
                assertThat(sheet.getLastRowNum()).isEqualTo(tables.get(i).rows().size());
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo(tables.get(i).headers().get(0));
            }
        }
    }

    @Test
    void theTargetsTableHasARowPerTargetWithItsVerdictWords() {
        ReportDocument.Table targets = report().blocks().stream()
                .filter(ReportDocument.Table.class::isInstance)
                .map(ReportDocument.Table.class::cast)
                .filter(t -> t.caption().equals("主要目标评价表"))
                .findFirst()
                .orElseThrow();
        assertThat(targets.headers()).containsExactly("指标", "基数", "目标", "最新值", "完成进度", "时间进度", "评价", "说明");
        PlanDocument plan = verdicts.plan("hunan");
        List<TargetVerdict> expected = verdicts.assess(plan, 2025, Method.SCHEDULE);
        assertThat(targets.rows())
                .hasSize(
                        plans.plan("hunan-central-2021").orElseThrow().targets().size())
                .hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            TargetVerdict v = expected.get(i);
            String title = plan.targets().stream()
                    .filter(t -> t.code().equals(v.target()))
                    .findFirst()
                    .orElseThrow()
                    .title()
                    .zh();
            assertThat(targets.rows().get(i))
                    .as(v.target())
                    .startsWith(title)
                    .contains(
                            v.verdict().verdictClass().label().zh(),
                            v.verdict().explanation().zh());
            assertThat(targets.rows().get(i).get(6))
                    .as(v.target())
                    .isEqualTo(v.verdict().verdictClass().label().zh());
        }
        assertThat(targets.rows())
                .extracting(r -> r.get(6))
                .as("the verdicts are not all alike")
                .contains("数据不足", "滞后");
    }

    @Test
    void theEnglishReportIsInEnglish() throws Exception {
        ReportDocument en = reports.evaluation("hunan", 2025, Locale.ENGLISH);
        assertThat(en.title()).endsWith("implementation evaluation report");
        assertThat(en.blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(ReportDocument.Image.class));
        try (PDDocument pdf = Loader.loadPDF(reports.write(en, ReportFormat.PDF))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("insufficient data", "Overview");
        }
    }

    @Autowired
    ReportSchedule schedule;

    @Test
    void theBulletinListsTheTasksByLightAndTheUnitScores() throws Exception {
        ReportDocument bulletin = reports.bulletin(
                org.stocktake.accounts.Actor.system("test"),
                "hunan",
                java.time.YearMonth.of(2025, 6),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(bulletin.title()).endsWith("督查通报（2025年6月）");
        assertThat(bulletin.blocks())
                .filteredOn(ReportDocument.Heading.class::isInstance)
                .extracting(b -> ((ReportDocument.Heading) b).text())
                .containsExactly("一、总体情况", "二、红灯事项", "三、黄灯事项", "四、督办情况", "五、单位排名", "六、报送情况");
        ReportDocument.Table scores = bulletin.blocks().stream()
                .filter(ReportDocument.Table.class::isInstance)
                .map(ReportDocument.Table.class::cast)
                .filter(t -> t.caption().equals("单位得分"))
                .findFirst()
                .orElseThrow();
        assertThat(scores.headers()).startsWith("名次", "单位", "得分");
        try (PDDocument pdf = Loader.loadPDF(reports.write(bulletin, ReportFormat.PDF));
                XWPFDocument docx =
                        new XWPFDocument(new ByteArrayInputStream(reports.write(bulletin, ReportFormat.DOCX)))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("督查通报", "单位排名", "红灯事项");
            assertThat(docx.getTables()).hasSize((int) bulletin.blocks().stream()
                    .filter(ReportDocument.Table.class::isInstance)
                    .count());
        }
    }

    @Test
    void theScheduledReportIsWrittenIntoTheDataDirectory() throws Exception {
        java.nio.file.Path pdf = schedule.write("hunan-central-2021", java.time.YearMonth.of(2025, 12));
        assertThat(pdf).exists().hasFileName("hunan-central-2021-evaluation-2025-12.pdf");
        assertThat(pdf.resolveSibling("hunan-central-2021-evaluation-2025-12.docx"))
                .exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains("实施效果评估报告");
        }
    }

    private static List<List<String>> cells(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        table.getRows()
                .forEach(r -> rows.add(
                        r.getTableCells().stream().map(c -> c.getText()).toList()));
        return rows;
    }

    private static List<List<String>> withHeader(ReportDocument.Table t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(t.headers());
        rows.addAll(t.rows());
        return rows;
    }
}
