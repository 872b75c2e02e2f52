package org.stocktake.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.PlatformTest;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.Role;
import org.stocktake.observations.Edit;
import org.stocktake.observations.ObservationKey;
import org.stocktake.observations.ObservationService;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.RegionLevel;

/**
 * Issue 12, finding 9: the 督查通报 and the 评估报告 as downloaded by a coordinator are official
 * documents (GB/T 9704) in DOCX and PDF, with real heading styles; English table headers keep their
 * words whole; every chart sits under its own heading; the prefecture section lists every
 * prefecture however new one value is; kinds are written in words.
 */
class OfficialReportsTest extends PlatformTest {

    private static final String USER = "official-coordinator";
    private static final String PASSWORD = "a-long-enough-password";
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ObservationService observations;

    @Autowired
    RegionService regions;

    @Autowired
    ReportService reports;

    private Http coordinator(boolean english) {
        if (accounts.user(USER).isEmpty()) {
            accounts.createUser(
                    accounts.actorOf("admin"), new NewUser(USER, "督查室甲", null, Role.COORDINATOR, null, PASSWORD + "0"));
            accounts.changePassword(USER, PASSWORD + "0", PASSWORD);
        }
        Http http = Http.session(port, USER, PASSWORD);
        return english ? http.english() : http;
    }

    private byte[] download(Http http, String path) {
        HttpResponse<byte[]> response = http.bytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static XWPFDocument docx(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void theBulletinDocxIsAnOfficialDocumentWithHeadingStyles() throws Exception {
        try (XWPFDocument doc = docx(download(coordinator(false), "/reports/bulletin.docx?month=2025-06"))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs().stream()
                    .filter(p -> !p.getText().isBlank())
                    .toList();
            XWPFParagraph issuer = paragraphs.get(0);
            assertThat(issuer.getText()).isEqualTo("湖南省发展和改革委员会");
            assertThat(issuer.getRuns().get(0).getColor()).isEqualToIgnoringCase("E60012");
            assertThat(paragraphs.get(1).getText()).isEqualTo("湘发改督〔2025〕6号");
            assertThat(paragraphs
                            .get(1)
                            .getCTP()
                            .getPPr()
                            .getPBdr()
                            .getBottom()
                            .xgetColor()
                            .getStringValue())
                    .as("the red separator line")
                    .isEqualToIgnoringCase("E60012");
            assertThat(paragraphs.get(2).getText()).endsWith("督查通报（2025年6月）");
            assertThat(paragraphs.get(2).getStyle()).isEqualTo("Title");

            List<String> headings = paragraphs.stream()
                    .filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(headings).containsExactly("一、总体情况", "二、红灯事项", "三、黄灯事项", "四、督办情况", "五、单位排名", "六、报送情况");
            assertThat(doc.getStyles()
                            .getStyle("Heading1")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal())
                    .isZero();
            assertThat(doc.getStyles()
                            .getStyle("Heading2")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal())
                    .isOne();

            List<XWPFParagraph> body = paragraphs.stream()
                    .filter(p -> "Normal".equals(p.getStyle()))
                    .toList();
            assertThat(body)
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getRuns()).allSatisfy(r -> {
                        assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia))
                                .isEqualTo("仿宋");
                        assertThat(r.getFontSizeAsDouble()).isEqualTo(16.0);
                    }));
            assertThat(doc.getStyles()
                            .getStyle("Normal")
                            .getCTStyle()
                            .getRPr()
                            .getRFontsArray(0)
                            .getEastAsia())
                    .isEqualTo("仿宋");

            XWPFParagraph signature = paragraphs.get(paragraphs.size() - 2);
            XWPFParagraph date = paragraphs.get(paragraphs.size() - 1);
            assertThat(signature.getText()).isEqualTo("湖南省发展和改革委员会");
            assertThat(date.getText()).matches(DATE);

            var margins = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .as("37, 35, 28 and 26 mm in twips")
                    .extracting(v -> ((Number) v).intValue())
                    .containsExactly(2098, 1984, 1587, 1474);
            assertThat(doc.getFooterList()).extracting(f -> f.getText().trim()).contains("— 1 —");
        }
    }

    @Test
    void theEnglishPdfKeepsTableHeadersWholeAndNumbersItsPages() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download(coordinator(true), "/reports/evaluation.pdf?asOf=2025"))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            List<String> lines = text.lines().map(String::strip).toList();
            assertThat(lines)
                    .as("the header row of the targets table")
                    .anySatisfy(line -> assertThat(line)
                            .contains(
                                    "Target",
                                    "Baseline",
                                    "Goal",
                                    "Latest",
                                    "Progress",
                                    "Schedule",
                                    "Verdict",
                                    "Explanation"));
            assertThat(lines).noneSatisfy(line -> assertThat(line).matches(".*\\bBaselin$"));
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).as("page %d", page).contains("— " + page + " —");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pdf.getNumberOfPages());
            assertThat(text).contains("Hunan Provincial Development and Reform Commission", "1. Overview");
        }
    }

    @Test
    void everyChartSitsUnderItsOwnHeadingInDocxAndPdf() throws Exception {
        ReportDocument model = reports.evaluation("hunan", 2025, Locale.SIMPLIFIED_CHINESE);
        List<String> expected = new ArrayList<>();
        String last = null;
        for (ReportDocument.Block b : model.blocks()) {
            if (b instanceof ReportDocument.Heading h) {
                last = h.text();
            } else if (b instanceof ReportDocument.Image) {
                expected.add(last);
            }
        }
        assertThat(expected)
                .as("charts and the map")
                .hasSizeGreaterThanOrEqualTo(3)
                .doesNotHaveDuplicates();

        Http http = coordinator(false);
        try (XWPFDocument doc = docx(download(http, "/reports/evaluation.docx?asOf=2025"))) {
            List<String> found = new ArrayList<>();
            String heading = null;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                        heading = p.getText();
                    }
                    if (p.getRuns().stream()
                            .anyMatch(r -> !r.getEmbeddedPictures().isEmpty())) {
                        found.add(heading);
                    }
                }
            }
            assertThat(found).isEqualTo(expected);
            assertThat(doc.getParagraphs())
                    .filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .anySatisfy(t -> assertThat(t).startsWith("（一）"));
        }
        try (PDDocument pdf = Loader.loadPDF(download(http, "/reports/evaluation.pdf?asOf=2025"))) {
            assertThat(PdfLayout.headingAbove(pdf, expected)).isEqualTo(expected);
        }
    }

    @Test
    void thePrefectureSectionListsEveryPrefectureAfterOneNewValue() throws Exception {
        List<Region> prefectures = regions.all().stream()
                .filter(r -> r.level() == RegionLevel.PREFECTURE)
                .toList();
        assertThat(prefectures).hasSize(14);
        ObservationKey key = new ObservationKey("gdp", "430100", "2025");
        Actor entry = Actor.system("official-entry");
        observations.revise(entry, key, new Edit(new BigDecimal("16000"), null, "test: one new value", null), "new");
        observations.submit(entry, key, "new");
        observations.approve(Actor.system("official-approval"), key, "checked");

        try (XWPFDocument doc = docx(download(coordinator(false), "/reports/evaluation.docx?asOf=2025"))) {
            XWPFTable ranking = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("市州"))
                    .findFirst()
                    .orElseThrow();
            Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
            ranking.getRows().stream()
                    .skip(1)
                    .forEach(r -> rows.put(
                            r.getCell(1).getText(),
                            r.getTableCells().stream().map(c -> c.getText()).toList()));
            assertThat(rows.keySet())
                    .containsExactlyInAnyOrderElementsOf(
                            prefectures.stream().map(r -> r.name().zh()).toList());
            assertThat(rows.get("长沙市")).containsExactly("1", "长沙市", "16000", "2025");
            assertThat(rows.get("株洲市")).endsWith("3902.4", "2024");
            assertThat(rows.get("益阳市")).containsExactly("—", "益阳市", "暂无数据", "—");
        }
    }

    @Test
    void kindsAreWrittenInWords() throws Exception {
        Http http = coordinator(false);
        try (XWPFDocument zh = docx(download(http, "/reports/evaluation.docx?asOf=2025"));
                XWPFDocument en = docx(download(coordinator(true), "/reports/evaluation.docx?asOf=2025"))) {
            Pattern code = Pattern.compile(
                    "\\b(level|annual_growth|annual_increment|maintain|floor|ceiling|direction|parity|rank|qualitative) \\d{4}");
            for (XWPFDocument doc : List.of(zh, en)) {
                String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
                assertThat(code.matcher(text).find()).as(text).isFalse();
            }
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(zh).getText())
                    .contains("定性（2025年）");
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(en).getText())
                    .contains("Qualitative (2025)");
        }
    }
}
