package org.stocktake.observations.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.platform.Chromium;

/**
 * The data pages in a real Chromium, as a prefecture's head: a refused entry keeps what was
 * typed; a file with errors shows every one before anything is written; a good file is checked,
 * imported, approved from the queue, and its history shows each step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataPagesBrowserTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    private Page login(Actor who, List<String> errors) {
        return login(who, errors, "head-new-password");
    }

    private Page login(Actor who, List<String> errors, String newPassword) {
        Page page = browser.newPage(
                new Browser.NewPageOptions().setViewportSize(1280, 900).setLocale("zh-CN"));
        page.onPageError(e -> errors.add(String.valueOf(e)));
        String base = "http://localhost:" + port;
        page.navigate(base + "/login");
        page.fill("#username", who.username());
        page.fill("#password", PASSWORD);
        page.click("#login-submit");
        page.fill("input[name=oldPassword]", PASSWORD);
        page.fill("input[name=newPassword]", newPassword);
        page.click("#password-submit");
        return page;
    }

    @Test
    void entryImportApprovalAndHistory() throws Exception {
        String unit = unit("changde", "prefecture", "430700");
        Actor head = user("head", Role.HEAD, unit);
        List<String> errors = new ArrayList<>();
        Page page = login(head, errors);
        String base = "http://localhost:" + port;

        page.navigate(base + "/data/entry");
        page.selectOption("select[name=indicator]", "resident_population");
        page.selectOption("select[name=region]", "430700");
        page.fill("input[name=period]", "2025");
        page.fill("input[name=value]", "five hundred");
        page.fill("input[name=source]", "常德市统计公报（测试）");
        page.click("#entry button[type=submit]");
        assertThat(page.locator("#errors").innerText()).contains("five hundred");
        assertThat(page.inputValue("input[name=value]")).isEqualTo("five hundred");
        assertThat(page.inputValue("input[name=source]")).isEqualTo("常德市统计公报（测试）");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                indicator,region,period,value,unit,source,flags
                resident_population,430700,2025,x,万人,test,
                no_such_indicator,430700,2025,1,万人,test,
                """);
        page.navigate(base + "/data/import");
        page.setInputFiles("input[type=file]", bad);
        page.click("#upload button");
        assertThat(page.locator("#problems tbody tr").count()).isEqualTo(2);

        Path good = dir.resolve("good.csv");
        Files.writeString(good, """
                indicator,region,period,value,unit,source,flags
                resident_population,430700,2025,523.1,万人,常德市统计公报（测试值）,preliminary
                """);
        page.setInputFiles("input[type=file]", good);
        page.click("#upload button");
        assertThat(page.locator("#preview").innerText()).contains("1 行");
        page.click("#commit");
        assertThat(page.locator("#result").innerText()).contains("新增 1 个修订");

        page.navigate(base + "/data");
        assertThat(page.locator("#queue").innerText()).contains("常德市", "常住人口", "523.1");
        page.locator("#queue tr:has-text('523.1') button[value=approve]").click();
        assertThat(page.locator("body").innerText()).contains("须由另一人审核");

        Actor second = user("head2", Role.HEAD, unit);
        Page other = login(second, errors, "second-head-password");
        other.navigate(base + "/data");
        other.locator("#queue tr:has-text('523.1') button[value=approve]").click();
        other.navigate(base + "/data/history?indicator=resident_population&region=430700&period=2025");
        assertThat(other.locator("#history").innerText()).contains("已提交", "已批准", "523.1");
        assertThat(errors).isEmpty();
    }
}
