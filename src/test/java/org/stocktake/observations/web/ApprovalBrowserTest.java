package org.stocktake.observations.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.observations.Edit;
import org.stocktake.observations.ObservationKey;
import org.stocktake.observations.ObservationService;
import org.stocktake.platform.Chromium;

/** Scratch: what a liaison meets when it clicks 批准. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalBrowserTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    ObservationService observations;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    @Test
    void liaisonClicksApprove() {
        String cs = unit("cs-abt", "prefecture", "430100");
        Actor liaison = user("abl", Role.LIAISON, cs);
        Actor other = user("abl2", Role.LIAISON, cs);
        ObservationKey key = new ObservationKey("resident_population", "430100", "2033");
        observations.revise(other, key, new Edit(Edit.value("1000.5"), null, "s", Set.of()), "r");
        observations.submit(other, key, "r");
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900).setLocale("zh-CN"));
        String base = "http://localhost:" + port;
        page.navigate(base + "/login");
        page.fill("#username", liaison.username());
        page.fill("#password", PASSWORD);
        page.click("#login-submit");
        page.fill("input[name=oldPassword]", PASSWORD);
        page.fill("input[name=newPassword]", "liaison-new-password");
        page.click("#password-submit");
        page.navigate(base + "/data");
        Response r = page.waitForResponse(
                x -> x.url().contains("/data/decide"),
                () -> page.locator("#queue tr:has-text('1000.5') button[value=approve]").click());
        page.waitForLoadState();
        System.out.println("STATUS " + r.status() + " " + page.url() + "\n" + page.locator("body").innerText());
        assertThat(page.locator("body").innerText()).doesNotContain("Whitelabel");
    }
}
