package org.stocktake.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.PlatformTest;
import org.stocktake.platform.Chromium;

/**
 * The cockpit pages in a real Chromium, in Chinese and English, at desktop and phone width: no
 * console errors, the map with its 14 prefectures opening a region page on click, the chart
 * download equal to the API. Screenshots go to {@code target/screenshots/}. Skipped where
 * Chromium is missing, except in CI ({@code CI=true}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CockpitBrowserTest extends PlatformTest {

    static final List<String> PAGES = List.of(
            "/cockpit",
            "/map",
            "/map?indicator=gdp&group=CZT",
            "/map?by=verdict&indicator=urbanisation_rate",
            "/rankings",
            "/rankings?indicator=gdp",
            "/regions/430100",
            "/regions/430000",
            "/regions/compare?a=430100&b=430600",
            "/indicators/forest_coverage",
            "/indicators/gdp",
            "/indicators/gdp?region=430100",
            "/indicators/urbanisation_rate",
            "/indicators/rd_expenditure",
            "/map?by=verdict&indicator=urbanisation_rate&period=2020&group=CZT");

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    private Page open(String path, int width, List<String> errors) {
        Page page = browser.newPage(new Browser.NewPageOptions()
                .setViewportSize(width, width < 600 ? 860 : 900)
                .setLocale("zh-CN")
                .setAcceptDownloads(true));
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(path + ": " + m.text());
            }
        });
        page.onPageError(e -> errors.add(path + ": " + e));
        page.navigate("http://localhost:" + port + path);
        page.waitForLoadState();
        return page;
    }

    private static String fileName(String lang, String path, int width) {
        return "target/screenshots/cockpit-" + lang + path.replaceAll("[^A-Za-z0-9]+", "_")
                + (width < 600 ? "-phone" : "") + ".png";
    }

    @Test
    void everyCockpitPageOpensWithoutConsoleErrorsInBothLanguagesAndOnAPhone() {
        List<String> errors = new ArrayList<>();
        for (String lang : List.of("zh-CN", "en")) {
            for (String path : PAGES) {
                for (int width : List.of(1280, 390)) {
                    Page page = open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, width, errors);
                    if (page.locator("[data-ready]").count() > 0
                            || page.locator(".map, .chart").count() > 0) {
                        page.waitForSelector(".map[data-ready=true], .chart[data-ready=true]");
                    }
                    assertThat(page.locator("main h1").count()).as(path).isPositive();
                    Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                    assertThat(((Number) overflow).intValue())
                            .as(path + " wider than the screen at " + width)
                            .isLessThanOrEqualTo(1);
                    if (Chromium.SCREENSHOTS) {
                        page.screenshot(new Page.ScreenshotOptions()
                                .setFullPage(width < 600)
                                .setPath(Path.of(fileName(lang, path, width))));
                    }
                    page.close();
                }
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theCockpitShowsVerdictWordsFreshnessAndThePendingTaskPanel() {
        List<String> errors = new ArrayList<>();
        Page page = open("/cockpit?lang=zh-CN", 1280, errors);
        assertThat(page.locator("#freshness").innerText()).contains("数据截至").contains("评价计算于");
        assertThat(page.locator("#schedule").innerText()).contains("序时进度");
        for (String badge : page.locator("#headlines .badge").allInnerTexts()) {
            assertThat(badge.trim())
                    .as("a verdict badge carries words, not colour alone")
                    .isNotEmpty();
        }
        List<String> order =
                page.locator("#headlines .headline").evaluateAll("cards => cards.map(c => c.dataset.verdict)")
                                instanceof List<?> l
                        ? l.stream().map(String::valueOf).toList()
                        : List.of();
        assertThat(order).isNotEmpty();
        int firstCalm = order.indexOf("on_track");
        int lastLagging = order.lastIndexOf("lagging");
        if (firstCalm >= 0 && lastLagging >= 0) {
            assertThat(lastLagging).as("lagging before on track: " + order).isLessThan(firstCalm);
        }
        assertThat(page.locator("#task-lights.pending").count()).isZero();
        assertThat(page.locator("#task-lights .counts").innerText()).contains("红灯", "黄灯", "绿灯");
        page.screenshot(
                new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/cockpit-full.png")));
        assertThat(errors).isEmpty();
    }

    @Test
    void theMapHasFourteenPrefecturesAndAClickOpensTheRegionPage() {
        List<String> errors = new ArrayList<>();
        Page page = open("/map?indicator=gdp&period=2024&group=CZT&lang=zh-CN", 1280, errors);
        page.waitForSelector("#map[data-ready=true]");
        assertThat(page.getAttribute("#map", "data-regions")).isEqualTo("14");
        Object names = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('map'))"
                + ".getOption().series[0].data.map(d => d.name)");
        assertThat(((List<?>) names).stream().map(String::valueOf).toList())
                .hasSize(14)
                .contains("长沙市", "湘西土家族苗族自治州");
        Object outlined = page.evaluate(
                "() => echarts.getInstanceByDom(document.getElementById('map'))"
                        + ".getOption().series[0].data.filter(d => d.itemStyle && d.itemStyle.borderWidth === 3).map(d => d.code)");
        assertThat(((List<?>) outlined).stream().map(String::valueOf).toList())
                .containsExactlyInAnyOrder("430100", "430200", "430300");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/cockpit-map.png")));
        page.evaluate("() => echarts.getInstanceByDom(document.getElementById('map'))"
                + ".dispatchAction({type: 'showTip', seriesIndex: 0, name: '长沙市'})");
        assertThat(page.locator("#map").innerText())
                .contains("长沙市")
                .contains("排名")
                .contains("亿元");
        clickRegion(page, "430400");
        page.waitForURL("**/regions/430400");
        assertThat(page.locator("main h1").innerText()).isEqualTo("衡阳市");
        assertThat(errors).isEmpty();
    }

    /** Clicks the centre of a prefecture on the map canvas, as a user would. */
    private static void clickRegion(Page page, String code) {
        Object xy = page.evaluate(
                "code => { const el = document.getElementById('map');"
                        + " const c = echarts.getInstanceByDom(el);"
                        + " const geo = echarts.getMap('hunan').geoJSON.features.find(f => String(f.id) === code);"
                        + " const cp = geo.properties.cp; const px = c.convertToPixel({seriesIndex: 0}, cp);"
                        + " const box = el.getBoundingClientRect(); return [box.left + px[0], box.top + px[1]]; }",
                code);
        List<?> pair = (List<?>) xy;
        page.mouse().click(((Number) pair.get(0)).doubleValue(), ((Number) pair.get(1)).doubleValue());
    }

    @Test
    void theChartDownloadMatchesTheApi() throws Exception {
        List<String> errors = new ArrayList<>();
        Page page = open("/indicators/forest_coverage?lang=zh-CN", 1280, errors);
        page.waitForSelector("#series-chart[data-ready=true]");
        Download download = page.waitForDownload(() -> page.click("#download-csv"));
        String csv = Files.readString(download.path());
        String api = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/indicators/forest_coverage/series"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var rows = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(api)
                .get("rows");
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", SeriesRow.HEADER));
        assertThat(lines).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            for (int c = 0; c < SeriesRow.HEADER.length; c++) {
                var expected = rows.get(i).get(SeriesRow.HEADER[c]);
                assertThat(cells[c].isEmpty() ? null : Double.valueOf(cells[c]))
                        .as("row %d %s", i, SeriesRow.HEADER[c])
                        .isEqualTo(expected.isNull() ? null : expected.asDouble());
            }
        }
        assertThat(page.locator("#series-table tbody tr").count()).isEqualTo(rows.size());
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/cockpit-indicator.png")));
        assertThat(errors).isEmpty();
    }
}
