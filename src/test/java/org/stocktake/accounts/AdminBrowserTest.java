package org.stocktake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.SupervisionTest;
import org.stocktake.platform.Chromium;
import org.stocktake.platform.PageChecks;
import org.stocktake.shared.LocalizedText;

/**
 * The administrator's pages in a real Chromium, on a phone (390 px) and a desktop (1366 px), in
 * Chinese and English: users and units in words (roles, kinds and units by name, never a code); a
 * user edited, disabled and given a temporary password, which works for one login that must change
 * it; the audit log a page of 50 readable cards that a phone can scroll, with no JSON and no ISO time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminBrowserTest extends SupervisionTest {

    private static final String ADMIN_OWN = "browser-admin-password";

    @LocalServerPort
    int port;

    @Autowired
    AuditService audit;

    private Browser browser;
    private String admin;
    private String unit;
    private BrowserContext context;

    @BeforeAll
    void setUp() {
        browser = Chromium.browser();
        admin = user("brwadmin", Role.ADMIN, null).username();
        accounts.changePassword(admin, PASSWORD, ADMIN_OWN);
        unit = "BRW-UNIT-" + System.nanoTime() % 100000;
        accounts.saveUnit(
                admin(), new OrgUnit(unit, new LocalizedText("浏览器测试单位", "Browser test unit"), "department", "430000"));
        user("brwliaison", Role.LIAISON, unit);
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Page page(int width, String language) {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900)
                .setLocale("en".equals(language) ? "en-GB" : "zh-CN"));
        context.addCookies(List.of(new Cookie("stocktake-lang", language).setUrl(base())));
        return context.newPage();
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"390, zh", "390, en", "1366, zh", "1366, en"})
    void theAdministratorsPagesReadInWordsAndFitTheScreen(int width, String language) {
        Page page = page(width, language);
        PageChecks.login(page, base(), admin, ADMIN_OWN);
        page.navigate(base() + "/admin?q=brw");
        assertThat(PageChecks.problems(page)).isEmpty();
        assertThat(page.locator("#users").innerText())
                .contains("en".equals(language) ? "Unit liaison" : "单位联络员")
                .contains("en".equals(language) ? "Browser test unit" : "浏览器测试单位")
                .doesNotContain(unit);
        assertThat(page.locator("#units").innerText())
                .contains("en".equals(language) ? "Provincial department" : "省直部门")
                .contains("en".equals(language) ? "Hunan" : "湖南省")
                .doesNotContain(unit)
                .doesNotContain("430000");
        PageChecks.shot(page, "admin-1-users-" + width + "-" + language);
        page.navigate(base() + "/audit?actor=" + admin);
        assertThat(PageChecks.problems(page)).isEmpty();
        PageChecks.shot(page, "admin-2-audit-" + width + "-" + language);
    }

    @Test
    void anAdministratorEditsDisablesAndResetsAUserOnAPhone() {
        Actor person = user("brwperson", Role.VIEWER, null);
        Page page = page(390, "zh");
        PageChecks.login(page, base(), admin, ADMIN_OWN);
        page.navigate(base() + "/admin?q=" + person.username());
        Locator card = page.locator("[data-user=" + person.username() + "]");
        card.locator("summary").click();
        card.locator("input[name=displayName]").fill("李四");
        card.locator("select[name=role]").selectOption(new SelectOption().setLabel("单位联络员"));
        card.locator("select[name=unit]").selectOption(new SelectOption().setLabel("浏览器测试单位"));
        PageChecks.shot(page, "admin-3-edit");
        card.locator("form[action$='" + person.username() + "'] button").click();
        page.waitForLoadState();
        assertThat(accounts.user(person.username()).orElseThrow())
                .extracting(UserView::displayName, UserView::role, UserView::unit)
                .containsExactly("李四", Role.LIAISON, unit);

        page.navigate(base() + "/admin?q=" + person.username());
        card = page.locator("[data-user=" + person.username() + "]");
        card.locator("summary").click();
        card.locator("form[action$='/enabled'] button").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-user=" + person.username() + "]").innerText())
                .contains("已停用");
        assertThat(accounts.user(person.username()).orElseThrow().enabled()).isFalse();

        card = page.locator("[data-user=" + person.username() + "]");
        card.locator("summary").click();
        card.locator("form[action$='/password'] button").click();
        page.waitForLoadState();
        String temporary = page.locator("#temporary-password input").inputValue();
        assertThat(page.locator("#temporary-password").innerText()).contains("李四");
        assertThat(PageChecks.problems(page)).isEmpty();
        PageChecks.shot(page, "admin-4-temporary-password");

        card = page.locator("[data-user=" + person.username() + "]");
        card.locator("summary").click();
        card.locator("form[action$='/enabled'] button").click();
        page.waitForLoadState();
        assertThat(accounts.user(person.username()).orElseThrow().enabled()).isTrue();

        Page user = browser.newPage(
                new Browser.NewPageOptions().setViewportSize(390, 900).setLocale("zh-CN"));
        try {
            user.navigate(base() + "/login");
            user.fill("#username", person.username());
            user.fill("#password", temporary);
            user.click("#login-submit");
            user.waitForLoadState();
            assertThat(user.url()).endsWith("/account/password");
            user.fill("input[name=oldPassword]", temporary);
            user.fill("input[name=newPassword]", "chosen-by-the-person");
            user.click("#password-submit");
            user.waitForLoadState();
            assertThat(user.url()).doesNotContain("/account/password").doesNotContain("/login");
        } finally {
            user.close();
        }
        assertThat(accounts.user(person.username()).orElseThrow().mustChangePassword())
                .isFalse();
    }

    @Test
    void theAuditLogIsAPageOfCardsAPhoneCanScroll() {
        Actor acting = accounts.actorOf(admin);
        String code = "BRW-AUDIT-" + System.nanoTime() % 100000;
        for (int i = 0; i < 60; i++) {
            accounts.saveUnit(
                    acting,
                    new OrgUnit(code, new LocalizedText("审计测试 " + i, "Audit test " + i), "department", "430000"));
        }
        Page page = page(390, "zh");
        PageChecks.login(page, base(), admin, ADMIN_OWN);
        page.navigate(base() + "/audit?actor=" + admin);
        assertThat(page.locator(".audit-entry").count()).isEqualTo(50);
        double height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
        assertThat(height).as("page height at 390 px with 50 entries").isLessThan(6000);
        String text = page.locator("main").innerText();
        assertThat(text)
                .doesNotContain("{\"")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T")
                .contains("名称 › 中文: 审计测试 58 → 审计测试 59");
        assertThat(PageChecks.problems(page)).isEmpty();
        page.locator(".audit-entry").first().locator("summary").click();
        assertThat(page.locator(".audit-entry").first().innerText()).contains("名称 › 英文: Audit test 59");
        PageChecks.shot(page, "admin-5-audit-phone");
        page.locator("a[rel=next]").click();
        page.waitForLoadState();
        assertThat(page.locator(".audit-entry").count()).isGreaterThan(0);
        assertThat(page.url()).contains("page=2").contains("actor=" + admin);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh", "en"})
    void aLightChangeInTheAuditLogReadsInWords(String language) {
        audit.record(
                Actor.system("light-rules"),
                "task",
                "BRW-LIGHT",
                "light",
                "green",
                Map.of("light", "yellow", "reasons", List.of("far_behind", "late_report", "target_off_track")));
        audit.record(
                Actor.system("light-rules"),
                "task",
                "BRW-LIGHT",
                "light",
                "yellow",
                Map.of("light", "red", "late", true, "published", false, "reasons", List.of("past_deadline")));
        Page page = page(390, language);
        PageChecks.login(page, base(), admin, ADMIN_OWN);
        page.navigate(base() + "/audit?actor=system:light-rules&entity=task");
        for (Locator summary : page.locator(".audit-entry summary").all()) {
            summary.click();
        }
        assertThat(PageChecks.problems(page)).isEmpty();
        assertThat(page.locator("main").innerText())
                .contains("zh".equals(language) ? "绿灯" : "green")
                .contains("zh".equals(language) ? "红灯" : "red")
                .contains("zh".equals(language) ? "落后时序进度超过 30 个百分点" : "more than 30 points behind schedule")
                .doesNotContain("far_behind")
                .doesNotContain("late_report");
    }
}
