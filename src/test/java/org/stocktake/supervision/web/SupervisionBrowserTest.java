package org.stocktake.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.platform.Chromium;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;

/**
 * A liaison in a real Chromium: first login with the forced password change, then a progress
 * report filed on the task page, which then shows it on the task's timeline. Skipped where
 * Chromium is missing, except in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionBrowserTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    @Test
    void aLiaisonFilesAProgressReportAndSeesItOnTheTimeline() {
        clock().set(LocalDate.of(2026, 2, 3));
        String unit = unit("yueyang", "prefecture", "430600");
        Actor liaison = user("liaison", Role.LIAISON, unit);
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Task task = tasks.create(
                coordinator,
                TaskDraft.of(
                        "browser", "B1", "建设洞庭湖生态经济区", unit, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

        List<String> errors = new ArrayList<>();
        Page page = browser.newPage(
                new Browser.NewPageOptions().setViewportSize(1280, 900).setLocale("zh-CN"));
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(e -> errors.add(String.valueOf(e)));
        String base = "http://localhost:" + port;
        page.navigate(base + "/login");
        page.fill("#username", liaison.username());
        page.fill("#password", PASSWORD);
        page.click("#login-submit");
        page.waitForURL("**/account/password");
        page.fill("input[name=oldPassword]", PASSWORD);
        page.fill("input[name=newPassword]", "liaison-new-password");
        page.click("#password-submit");
        page.waitForURL("**/my-unit");
        page.navigate(base + "/tasks");
        assertThat(page.locator("#task-board").innerText()).contains("建设洞庭湖生态经济区");

        page.navigate(base + "/tasks/" + task.id());
        page.fill("#progressText", "完成湿地保护规划编制，启动第一批项目");
        page.fill("textarea[name=problems]", "资金到位偏慢");
        page.fill("textarea[name=nextSteps]", "推进项目开工");
        page.fill("#percent", "25");
        page.click("#submit-update");
        page.waitForURL("**/tasks/" + task.id());
        String timeline = page.locator("#timeline").innerText();
        assertThat(timeline).contains("完成湿地保护规划编制，启动第一批项目").contains("2026年1月 · 25% · 已报送");
        // the period and status in words, not as keys and codes
        assertThat(timeline).doesNotContain("2026-01").doesNotContain("submitted");
        assertThat(page.locator("#error").count()).isZero();
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target/screenshots/task-timeline.png")));

        page.navigate(base + "/my-unit?lang=en");
        assertThat(page.locator("#my-tasks").innerText()).contains("B1");
        assertThat(page.locator("header nav").innerText()).contains("My unit");
        assertThat(errors).isEmpty();
    }
}
