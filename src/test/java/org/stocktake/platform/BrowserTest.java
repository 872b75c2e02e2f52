package org.stocktake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.PlatformTest;

/**
 * The first pages in a real Chromium: no console errors, the map with its 14 prefectures, the
 * language switch. Skipped with a message where Chromium is missing, except in CI
 * ({@code CI=true}), where a missing browser fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest extends PlatformTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    private Page open(String path, List<String> errors) {
        Page page = browser.newPage(
                new Browser.NewPageOptions().setViewportSize(1280, 900).setLocale("zh-CN"));
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(path + ": " + m.text());
            }
        });
        page.onPageError(e -> errors.add(path + ": " + e));
        page.navigate("http://localhost:" + port + path);
        return page;
    }

    @Test
    void everyFirstPageOpensWithoutConsoleErrorsInBothLanguages() {
        List<String> errors = new ArrayList<>();
        for (String lang : List.of("zh-CN", "en")) {
            for (String path : List.of(
                    "/", "/plan", "/targets", "/regions", "/reports", "/evaluation", "/evaluation?subjects=parks")) {
                Page page = open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, errors);
                page.waitForLoadState();
                assertThat(page.locator("main h1").count()).as(path).isPositive();
                if (Chromium.SCREENSHOTS) {
                    page.screenshot(new Page.ScreenshotOptions()
                            .setFullPage(false)
                            .setPath(Path.of("target/screenshots/" + lang + path.replaceAll("[/?=]", "_") + ".png")));
                }
                page.close();
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theMapShowsTheFourteenPrefectures() {
        List<String> errors = new ArrayList<>();
        Page page = open("/regions?lang=zh-CN", errors);
        page.waitForSelector("#map[data-ready=true]");
        assertThat(page.getAttribute("#map", "data-regions")).isEqualTo("14");
        Object names = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('map'))"
                + ".getOption().series[0].data.map(d => d.name)");
        assertThat(((List<?>) names).stream().map(String::valueOf).toList())
                .hasSize(14)
                .contains("长沙市", "湘西土家族苗族自治州");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/map.png")));
        assertThat(errors).isEmpty();
    }

    @Test
    void theReportPageDownloadsTheEvaluationReport() {
        List<String> errors = new ArrayList<>();
        Page page = open("/reports?lang=zh-CN", errors);
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.click("#report-pdf"));
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        Path saved = Path.of("target/screenshots/evaluation.pdf");
        download.saveAs(saved);
        assertThat(saved.toFile().length()).isGreaterThan(10_000);
        assertThat(errors).isEmpty();
    }

    @Test
    void theLanguageSwitchChangesThePageAndIsRemembered() {
        List<String> errors = new ArrayList<>();
        Page page = open("/targets?lang=zh-CN", errors);
        assertThat(page.locator("header nav").innerText()).contains("目标");
        page.click("#lang-en");
        page.waitForLoadState();
        assertThat(page.locator("header nav").innerText()).contains("Targets");
        page.navigate("http://localhost:" + port + "/plan");
        assertThat(page.locator("header nav").innerText()).contains("Plan text");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(errors).isEmpty();
    }
}
