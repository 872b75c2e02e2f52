package org.stocktake.verdicts.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.platform.Chromium;

/**
 * The decomposition page in a real Chromium, logged in as a coordinator: at phone (390 px) and
 * desktop (1366 px) width, in both languages, it is never wider than the screen, and a one-region
 * target refused for a bad value says which field, keeping what was typed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecompositionPageBrowserTest extends SupervisionTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    @Test
    void theDecompositionPageFitsAPhoneAndNamesTheFieldOfAProblem() {
        Actor coordinator = user("dpb-co", Role.COORDINATOR, null);
        List<String> errors = new ArrayList<>();
        String base = "http://localhost:" + port;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.onPageError(e -> errors.add(String.valueOf(e)));
            page.navigate(base + "/login");
            page.fill("#username", coordinator.username());
            page.fill("#password", PASSWORD);
            page.click("#login-submit");
            page.fill("input[name=oldPassword]", PASSWORD);
            page.fill("input[name=newPassword]", "dpb-new-password");
            page.click("#password-submit");
            for (String lang : List.of("zh-CN", "en")) {
                for (int width : List.of(390, 1366)) {
                    page.setViewportSize(width, 860);
                    page.navigate(base + "/plan/decomposition?lang=" + lang);
                    assertThat(page.locator("#upload").count()).isEqualTo(1);
                    Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                    assertThat(((Number) overflow).intValue())
                            .as("/plan/decomposition (" + lang + ") wider than the screen at " + width)
                            .isLessThanOrEqualTo(1);
                }
            }
            page.setViewportSize(390, 860);
            page.navigate(base + "/plan/decomposition?lang=zh-CN");
            page.selectOption("#one select[name=target]", "T05");
            page.selectOption("#one select[name=region]", "430500");
            page.fill("#one input[name=value]", "abc");
            page.fill("#one input[name=year]", "2025");
            page.fill("#one input[name=source]", "测试");
            page.click("#one button[type=submit]");
            assertThat(page.locator("#form-problems").innerText()).contains("value", "abc");
            assertThat(page.inputValue("#one input[name=value]")).isEqualTo("abc");
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(1);
        }
        assertThat(errors).isEmpty();
    }
}
