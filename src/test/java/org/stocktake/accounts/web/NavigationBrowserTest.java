package org.stocktake.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.platform.Chromium;
import org.stocktake.platform.PageChecks;
import org.stocktake.shared.LocalizedText;

/**
 * The menu in a real Chromium: on a phone (390 px) it folds behind one button and no page is wider
 * than the screen; on a desktop it stands open with its groups; every role lands on its own page
 * after login, with its name and unit in the header.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationBrowserTest extends SupervisionTest {

    private static final AtomicInteger UNITS = new AtomicInteger();

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private BrowserContext context(int width, String locale) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, width < 600 ? 844 : 900)
                .setLocale(locale));
    }

    private static int overflow(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    /** How far the header's widest element reaches past the screen's right edge. */
    private static int headerOverflow(Page page) {
        return ((Number) page.evaluate("() => Math.max(0, ...[...document.querySelectorAll('header.top, header.top *')]"
                        + ".map(e => Math.ceil(e.getBoundingClientRect().right - window.innerWidth)))"))
                .intValue();
    }

    @Test
    void onAPhoneTheMenuFoldsBehindAButtonAndOpensOnATap() {
        try (BrowserContext phone = context(390, "zh-CN")) {
            Page page = phone.newPage();
            page.navigate(base() + "/cockpit");
            assertThat(page.isVisible("#menu-button")).isTrue();
            assertThat(page.isVisible("#nav a[data-nav='/cockpit']"))
                    .as("folded")
                    .isFalse();
            assertThat(page.isVisible("#login")).isTrue();
            assertThat(page.locator("#logout").count()).isZero();
            assertThat(overflow(page)).isLessThanOrEqualTo(0);
            Object headerHeight =
                    page.evaluate("() => document.querySelector('header.top').getBoundingClientRect().height");
            assertThat(((Number) headerHeight).doubleValue())
                    .as("the folded header takes little of an 844 px screen")
                    .isLessThan(130);
            page.click("#menu-button");
            assertThat(page.isVisible("#nav a[data-nav='/cockpit']"))
                    .as("open after a tap")
                    .isTrue();
            PageChecks.shot(page, "menu-phone-open");
            assertThat(page.locator("#nav .nav-group-name").allInnerTexts()).containsExactly("计划与目标", "数据", "评价与报告");
            assertThat(overflow(page)).isLessThanOrEqualTo(0);
            page.click("#nav a[data-nav='/map']");
            page.waitForURL("**/map");
            assertThat(page.isVisible("#nav a[data-nav='/map']"))
                    .as("folded again on the next page")
                    .isFalse();
        }
        try (BrowserContext desktop = context(1366, "en")) {
            Page page = desktop.newPage();
            page.navigate(base() + "/cockpit?lang=en");
            assertThat(page.isVisible("#menu-button")).isFalse();
            assertThat(page.isVisible("#nav a[data-nav='/cockpit']")).isTrue();
            assertThat(page.locator("#nav .nav-group-name").allInnerTexts())
                    .containsExactly("Plan and targets", "Data", "Evaluation and reports");
            assertThat(page.getAttribute("#nav a[data-nav='/cockpit']", "aria-current"))
                    .isEqualTo("page");
            PageChecks.shot(page, "menu-desktop");
        }
    }

    @Test
    void everyRoleLandsOnItsPageWithItsNameAndUnitAndThePhoneMenuFolded() {
        List<String> problems = new ArrayList<>();
        for (RoleNavigationTest.Case c : RoleNavigationTest.CASES) {
            String unit = null;
            if (c.region() != null) {
                unit = "navb" + UNITS.incrementAndGet() + "x" + System.nanoTime() % 100000;
                accounts.saveUnit(
                        admin(),
                        new OrgUnit(
                                unit,
                                new LocalizedText("岳阳市发展和改革委员会", "Yueyang Development Commission"),
                                "department",
                                c.region()));
            }
            Actor user = user("navb", c.role(), unit);
            try (BrowserContext phone = context(390, "zh-CN")) {
                Page page = phone.newPage();
                PageChecks.login(page, base(), user.username(), PASSWORD);
                page.waitForLoadState();
                assertThat(page.url()).as(c.role() + " lands").endsWith(c.landing());
                assertThat(page.innerText("#who-name")).isEqualTo("用户 " + user.username());
                if (unit != null) {
                    assertThat(page.innerText("#who-unit")).isEqualTo("岳阳市发展和改革委员会");
                }
                assertThat(page.isVisible("#menu-button")).isTrue();
                assertThat(page.locator("#nav a:visible").count())
                        .as(c.role() + " menu folded")
                        .isZero();
                if (headerOverflow(page) > 0) {
                    problems.add(
                            c.role() + " " + c.landing() + ": the header is " + headerOverflow(page) + " px too wide");
                }
                if (List.of("/cockpit", "/my-unit").contains(c.landing()) && overflow(page) > 0) {
                    problems.add(c.role() + " " + c.landing() + " is " + overflow(page) + " px too wide");
                }
                page.click("#menu-button");
                List<String> shown = page.locator("#nav a:visible").evaluateAll("as => as.map(a => a.dataset.nav)")
                                instanceof List<?> l
                        ? l.stream().map(String::valueOf).toList()
                        : List.of();
                List<String> expected = new ArrayList<>(RoleNavigationTest.PUBLIC);
                expected.addAll(c.beyond());
                assertThat(shown).as(c.role() + "'s menu").containsExactlyInAnyOrderElementsOf(expected);
                assertThat(page.isVisible("#logout")).isTrue();
                assertThat(page.locator("#login").count()).isZero();
            }
        }
        assertThat(problems).isEmpty();
    }
}
