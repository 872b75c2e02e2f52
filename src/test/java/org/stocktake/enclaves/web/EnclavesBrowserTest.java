package org.stocktake.enclaves.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.PlatformTest;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.Role;
import org.stocktake.platform.Chromium;

/**
 * A coordinator in a real Chromium records an enclave agreement (长沙市 sends, 湘西州 hosts the sample
 * park 示例高新区丁, GDP split 40% to the sender from 1 July 2023) and sees both regions in both views
 * side by side, the assessment view marked not for publication on the page and in its export; no
 * anonymous page or export shows the assessment view, nor does a viewer's. Worked by hand: the
 * sample park's 2024 GDP is 168.0, so 长沙市 gains 0.4 × 168 = 67.2 (15,268.78 → 15,335.98) and
 * 湘西州 gives it up (855.95 → 788.75); 2024 lies wholly inside the agreement.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnclavesBrowserTest extends PlatformTest {

    static final String PASSWORD = "enclaves-password-1";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    private void user(String name, Role role) {
        if (accounts.user(name).isEmpty()) {
            accounts.createUser(
                    accounts.actorOf("admin"),
                    new NewUser(name, "测试用户" + (name.hashCode() & 0xffff), null, role, null, "first-" + PASSWORD));
            accounts.changePassword(name, "first-" + PASSWORD, PASSWORD);
        }
    }

    private Page login(String name, int width, List<String> errors) {
        Page page = browser.newPage(new Browser.NewPageOptions()
                .setViewportSize(width, 900)
                .setLocale("zh-CN")
                .setAcceptDownloads(true));
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(e -> errors.add(String.valueOf(e)));
        page.navigate(base() + "/login");
        page.fill("#username", name);
        page.fill("#password", PASSWORD);
        page.click("#login-submit");
        page.waitForLoadState();
        return page;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aCoordinatorRecordsAnAgreementAndSeesBothViewsSideBySideMarkedNotForPublication() throws Exception {
        user("enclave-coordinator", Role.COORDINATOR);
        List<String> errors = new ArrayList<>();
        Page page = login("enclave-coordinator", 1280, errors);
        page.navigate(base() + "/enclaves?lang=zh-CN");
        assertThat(page.locator("#not-for-publication").innerText()).contains("考核口径，不得公开");
        // a refused form says why, at the field, and keeps what was typed
        page.fill("#name", "长沙—湘西飞地协议（测试）");
        page.selectOption("#sender", "430100");
        page.selectOption("#host", "433100");
        page.selectOption("#park", "SAMPLE-P4");
        page.fill("#senderShare", "1.5");
        page.click("#record-agreement");
        page.waitForLoadState();
        assertThat(page.locator("#error").innerText()).contains("派出方比例", "1.5", "协议文件", "不能为空");
        assertThat(page.inputValue("#name")).isEqualTo("长沙—湘西飞地协议（测试）");
        assertThat(page.inputValue("#host")).isEqualTo("433100");
        errors.removeIf(e -> e.contains("status of 422")); // the refusal's own status, as Chromium logs it
        page.navigate(base() + "/enclaves?lang=zh-CN");

        page.fill("#name", "长沙—湘西飞地协议（测试）");
        page.selectOption("#sender", "430100");
        page.selectOption("#host", "433100");
        page.selectOption("#park", "SAMPLE-P4");
        page.fill("#document", "长湘飞地合作协议〔2023〕1号");
        page.fill("#validFrom", "2023-07-01");
        page.selectOption("#indicator", "gdp");
        page.selectOption("#method", "proportional");
        page.fill("#senderShare", "0.4");
        page.click("#record-agreement");
        page.waitForURL("**/enclaves/ledger?year=2024");

        assertThat(page.locator("main h1").innerText()).contains("2024 年");
        assertThat(page.locator("#not-for-publication").innerText()).contains("考核口径，不得公开");
        assertThat(page.locator("#assessment-head").innerText()).contains("考核口径（不得公开）");
        assertThat(page.locator("#statistical-head").innerText()).contains("统计口径");
        String ledger = page.locator("#ledger").innerText();
        assertThat(ledger).contains("长沙市", "湘西土家族苗族自治州", "长沙—湘西飞地协议（测试）");
        assertThat(row(page, "长沙市")).contains("15,268.78", "15,335.98", "+67.20");
        assertThat(row(page, "湘西土家族苗族自治州")).contains("855.95", "788.75", "-67.20");
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target/screenshots/enclaves-ledger.png")));

        Download download = page.waitForDownload(() -> page.click("#export-assessment"));
        assertThat(download.suggestedFilename()).contains("NOT-FOR-PUBLICATION");
        Path saved = Path.of("target/screenshots/enclaves-assessment.csv");
        download.saveAs(saved);
        List<String> lines = Files.readAllLines(saved, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("考核口径，不得公开");
        assertThat(lines.subList(2, lines.size()))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("考核口径（不得公开）"));
        assertThat(String.join("\n", lines)).contains("15335.98", "788.75");

        // the year of the sample park's figures, asked for by name: other tests may publish later values
        page.navigate(base() + "/enclaves/evaluation?year=2024&lang=zh-CN");
        assertThat(page.locator("main .lede").first().innerText()).contains("2024");
        assertThat(page.locator("#not-for-publication").innerText()).contains("考核口径，不得公开");
        assertThat(page.locator("#statistical-head").innerText()).contains("统计口径");
        assertThat(page.locator("#assessment-head").innerText()).contains("考核口径（不得公开）");
        assertThat(page.locator("#changed").innerText()).contains("长沙市", "长沙—湘西飞地协议（测试）");

        page.navigate(base() + "/enclaves?lang=en");
        assertThat(page.locator("#agreements").innerText())
                .contains("Changsha", "Proportional shares", "sending region 40.0%");
        assertThat(page.locator("#not-for-publication").innerText()).contains("not for publication");

        page.navigate(base() + "/parks?lang=zh-CN");
        page.waitForSelector("#park-map[data-ready=true]");
        assertThat(page.getAttribute("#park-map", "data-points")).isEqualTo("8");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/parks-map.png")));

        // a phone: the ledger fits 390 px (the table scrolls inside its box, the page does not)
        Page phone = login("enclave-coordinator", 390, errors);
        for (String path : List.of(
                "/enclaves/ledger?year=2024",
                "/enclaves",
                "/enclaves/evaluation",
                "/parks",
                "/parks/SAMPLE-P4",
                "/enclaves/ledger?year=2024&lang=en",
                "/enclaves/evaluation?lang=en",
                "/parks?lang=en",
                "/parks/SAMPLE-P4?lang=en")) {
            phone.navigate(base() + path);
            assertThat(phone.locator("main h1").count()).as(path).isPositive();
            Object width = phone.evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).as(path).isLessThanOrEqualTo(390);
        }
        phone.screenshot(
                new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/park-phone.png")));
        assertThat(errors).isEmpty();
    }

    private static String row(Page page, String region) {
        return page.locator("#ledger tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(region))
                .first()
                .innerText();
    }

    @Test
    void noAnonymousPageOrExportShowsTheAssessmentViewNorDoesAViewers() {
        Http anonymous = Http.anonymous(port);
        for (String path : List.of(
                "/enclaves",
                "/enclaves/ledger?year=2024",
                "/enclaves/evaluation",
                "/enclaves/ledger.csv?year=2024&view=assessment",
                "/api/v1/enclaves/ledger?year=2024&view=assessment",
                "/enclaves/ledger.csv?year=2024&view=statistical")) {
            HttpResponse<String> r = anonymous.get(path);
            assertThat(r.statusCode()).as(path).isIn(302, 401, 403);
            assertThat(r.body()).as(path).doesNotContain("考核口径", "788.75");
        }
        user("enclave-viewer", Role.VIEWER);
        Http viewer = Http.session(port, "enclave-viewer", PASSWORD);
        assertThat(viewer.get("/enclaves/ledger.csv?year=2024&view=assessment").statusCode())
                .isEqualTo(403);
        assertThat(viewer.get("/enclaves").statusCode()).isEqualTo(403);
        HttpResponse<String> api = viewer.get("/api/v1/enclaves/ledger?year=2024&view=assessment");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).doesNotContain("788.75");
        HttpResponse<String> ledger = viewer.page("/enclaves/ledger?year=2024");
        assertThat(ledger.statusCode()).isEqualTo(200);
        assertThat(ledger.body()).doesNotContain("考核口径（不得公开）", "assessment-head", "788.75");
        HttpResponse<String> evaluation = viewer.page("/enclaves/evaluation");
        assertThat(evaluation.statusCode()).isEqualTo(200);
        assertThat(evaluation.body()).contains("统计口径").doesNotContain("考核口径（不得公开）", "assessment-head");
    }
}
