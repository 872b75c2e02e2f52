package org.stocktake.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.PlatformTest;
import org.stocktake.platform.Chromium;

/**
 * The verdict pages in a real Chromium at phone (390 px) and desktop (1366 px) width, in Chinese
 * and English: never wider than the screen, no console errors; the verdict map's prefectures carry
 * their verdict's colour (the colour of the badge of that class in the legend); a tap on a matrix
 * cell shows its sentence. Skipped where Chromium is missing, except in CI ({@code CI=true}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerdictPagesBrowserTest extends PlatformTest {

    static final List<String> PAGES = List.of(
            "/matrix",
            "/map?by=verdict&target=T13",
            "/map?by=verdict&target=T19",
            "/rankings/verdicts",
            "/regions/430100");

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    private Page open(String path, int width, String lang, List<String> errors) {
        Page page = browser.newPage(new Browser.NewPageOptions()
                .setViewportSize(width, width < 600 ? 860 : 900)
                .setLocale(lang));
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(path + ": " + m.text());
            }
        });
        page.onPageError(e -> errors.add(path + ": " + e));
        page.navigate("http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        page.waitForLoadState();
        if (page.locator(".map, .chart").count() > 0) {
            page.waitForSelector(".map[data-ready=true], .chart[data-ready=true]");
        }
        return page;
    }

    @Test
    void noVerdictPageIsWiderThanTheScreenAtPhoneOrDesktopWidth() {
        List<String> errors = new ArrayList<>();
        for (String lang : List.of("zh-CN", "en")) {
            for (String path : PAGES) {
                for (int width : List.of(390, 1366)) {
                    Page page = open(path, width, lang, errors);
                    assertThat(page.locator("main h1").count()).as(path).isPositive();
                    Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                    assertThat(((Number) overflow).intValue())
                            .as(path + " (" + lang + ") wider than the screen at " + width)
                            .isLessThanOrEqualTo(1);
                    if (Chromium.SCREENSHOTS || path.equals("/matrix")) {
                        page.screenshot(new Page.ScreenshotOptions()
                                .setFullPage(width < 600)
                                .setPath(Path.of("target/screenshots/verdicts-" + lang
                                        + path.replaceAll("[^A-Za-z0-9]+", "_") + "-" + width + ".png")));
                    }
                    page.close();
                }
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theVerdictMapColoursEachPrefectureByItsVerdictOnTheChosenTarget() {
        for (int width : List.of(390, 1366)) {
            List<String> errors = new ArrayList<>();
            Page page = open("/map?by=verdict&target=T13", width, "zh-CN", errors);
            page.waitForSelector("#map[data-ready=true]");
            assertThat(page.getAttribute("#map", "data-regions")).isEqualTo("14");
            // each prefecture's fill is the background of the legend badge of its verdict class
            Object pairs = page.evaluate("() => {"
                    + " const legend = {};"
                    + " document.querySelectorAll('.legend-verdicts .badge').forEach(b => {"
                    + "   const cls = [...b.classList].find(c => c.startsWith('v-')).substring(2);"
                    + "   legend[cls] = getComputedStyle(b).backgroundColor; });"
                    + " return echarts.getInstanceByDom(document.getElementById('map')).getOption().series[0].data"
                    + "   .map(d => ({ code: d.code, verdict: d.verdict, fill: d.itemStyle.areaColor,"
                    + "                legend: d.verdict ? legend[d.verdict] : null })); }");
            List<?> list = (List<?>) pairs;
            assertThat(list).hasSize(14);
            for (Object o : list) {
                Map<?, ?> d = (Map<?, ?>) o;
                assertThat(d.get("verdict"))
                        .as("a verdict for " + d.get("code"))
                        .isNotNull();
                assertThat(d.get("legend"))
                        .as("a legend entry in words for " + d.get("verdict"))
                        .isNotNull();
                assertThat(d.get("fill")).as(String.valueOf(d.get("code"))).isEqualTo(d.get("legend"));
                assertThat(String.valueOf(d.get("fill"))).isNotIn("rgba(0, 0, 0, 0)", "#f4f4f4");
            }
            page.evaluate("() => echarts.getInstanceByDom(document.getElementById('map'))"
                    + ".dispatchAction({type: 'showTip', seriesIndex: 0, name: '株洲市'})");
            assertThat(page.locator("#map").innerText()).contains("株洲市", "评价", "对标全省目标");
            if (width == 1366) {
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/verdicts-map.png")));
            }
            page.close();
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void aTapOnAMatrixCellShowsItsSentence() {
        List<String> errors = new ArrayList<>();
        for (int width : List.of(390, 1366)) {
            Page page = open("/matrix", width, "zh-CN", errors);
            var cell = page.locator("tr[data-code='430200'] td[data-target='T13']");
            var sentence = cell.locator("details .why").first();
            assertThat(sentence.isVisible()).isFalse();
            cell.locator("summary").click();
            assertThat(sentence.isVisible()).isTrue();
            assertThat(sentence.innerText()).isNotBlank();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue())
                    .as("open cell at " + width)
                    .isLessThanOrEqualTo(1);
            page.close();
        }
        assertThat(errors).isEmpty();
    }
}
