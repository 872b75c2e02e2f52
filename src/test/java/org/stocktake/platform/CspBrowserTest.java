package org.stocktake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.PlatformTest;

/**
 * The pages with charts, maps and htmx work under the Content-Security-Policy in a real Chromium:
 * each chart draws, hovering shows its tooltip, the auto-submitting selects still submit, and
 * Chromium reports no CSP violation (neither as a console message nor as a
 * {@code securitypolicyviolation} event).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CspBrowserTest extends PlatformTest {

    /** Page and the chart element that must report {@code data-ready=true}. */
    private static final Map<String, String> CHARTS = Map.of(
            "/map",
            "#map",
            "/rankings",
            "#ranking-chart",
            "/regions",
            "#map",
            "/evaluation",
            "#intervals",
            "/indicators/gdp",
            "#series-chart");

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    private Page open(String path, List<String> violations) {
        Page page = browser.newPage(
                new Browser.NewPageOptions().setViewportSize(1280, 900).setLocale("zh-CN"));
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                violations.add(path + ": " + m.text());
            }
        });
        page.onPageError(e -> violations.add(path + ": " + e));
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => {"
                + " window.__csp = (window.__csp || []).concat(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample"
                + " + ' at ' + e.sourceFile + ':' + e.lineNumber); });");
        page.navigate("http://localhost:" + port + path);
        return page;
    }

    @SuppressWarnings("unchecked")
    private static List<String> events(Page page) {
        Object found = page.evaluate("() => window.__csp || []");
        return (List<String>) found;
    }

    @Test
    void chartsDrawAndShowTooltipsWithoutAViolation() {
        List<String> violations = new ArrayList<>();
        CHARTS.forEach((path, chart) -> {
            Page page = open(path, violations);
            page.waitForSelector(chart + "[data-ready=true]");
            var box = page.locator(chart).boundingBox();
            for (int i = 1; i < 8; i++) {
                page.mouse().move(box.x + box.width * i / 8, box.y + box.height / 2);
                page.waitForTimeout(60);
            }
            violations.addAll(events(page).stream().map(v -> path + ": " + v).toList());
            page.close();
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void otherPagesOpenWithoutAViolationAndTheScheduleBarHasItsWidth() {
        List<String> violations = new ArrayList<>();
        for (String path : List.of(
                "/",
                "/cockpit",
                "/plan",
                "/targets",
                "/reports",
                "/login",
                "/regions/430100",
                "/regions/compare",
                "/indicators")) {
            Page page = open(path, violations);
            page.waitForLoadState();
            if (path.equals("/cockpit")) {
                String width =
                        (String) page.evaluate("() => document.querySelector('#schedule .bar span').style.width");
                assertThat(width).endsWith("%").isNotEqualTo("0%");
            }
            violations.addAll(events(page).stream().map(v -> path + ": " + v).toList());
            page.close();
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theMapTooltipAndAClickIntoARegionRaiseNoViolation() {
        List<String> violations = new ArrayList<>();
        Page page = open("/map?indicator=gdp&group=CZT", violations);
        page.waitForSelector("#map[data-ready=true]");
        page.evaluate("() => echarts.getInstanceByDom(document.getElementById('map'))"
                + ".dispatchAction({type: 'showTip', seriesIndex: 0, name: '长沙市'})");
        page.waitForTimeout(200);
        violations.addAll(events(page));
        page.evaluate(
                "() => echarts.getInstanceByDom(document.getElementById('map')).dispatchAction({type: 'hideTip'})");
        page.navigate("http://localhost:" + port + "/regions/430400");
        page.waitForLoadState();
        violations.addAll(events(page));
        assertThat(violations).isEmpty();
    }

    @Test
    void aSelectMarkedToAutoSubmitSubmitsItsForm() {
        List<String> violations = new ArrayList<>();
        Page page = open("/map", violations);
        page.waitForSelector("#map[data-ready=true]");
        String second = (String) page.evaluate("() => document.querySelector('select[name=by]').options[1].value");
        page.selectOption("select[name=by]", second);
        page.waitForURL(url -> url.contains("by=" + second));
        assertThat(page.url()).contains("by=" + second);
        assertThat(violations).isEmpty();
    }
}
