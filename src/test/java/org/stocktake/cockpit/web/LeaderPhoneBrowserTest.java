package org.stocktake.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.platform.Chromium;
import org.stocktake.platform.PageChecks;
import org.stocktake.shared.LocalizedText;
import org.stocktake.supervision.Light;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;

/**
 * The leader's cockpit on a phone: the counts and the red list first, each red task with its lead
 * unit's name and days overdue, a tap through to the task; the cockpit's task lines are links with
 * unit and day; a region page lists the lights of the tasks its units lead, or says in words that
 * there are none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeaderPhoneBrowserTest extends SupervisionTest {

    private static final String PLAN = "hunan-central-2021";
    private static final AtomicInteger CODES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** A unit of a region with a real name, leading one task whose deadline passed on the given day. */
    private Task redTask(String region, String unitZh, String unitEn, String title, LocalDate deadline) {
        String unit = "navc" + CODES.incrementAndGet() + "x" + System.nanoTime() % 100000;
        accounts.saveUnit(admin(), new OrgUnit(unit, new LocalizedText(unitZh, unitEn), "prefecture", region));
        Actor coordinator = user("navcoord", Role.COORDINATOR, null);
        return tasks.create(
                coordinator,
                TaskDraft.of(PLAN, "NAV" + CODES.incrementAndGet(), title, unit, LocalDate.of(2025, 1, 1), deadline));
    }

    @Test
    void theLeaderReadsTheCompactCockpitOnAPhoneAndTapsARedTaskThrough() {
        clock().set(LocalDate.of(2026, 3, 3));
        Task red = redTask("430600", "岳阳市人民政府", "Yueyang Municipal Government", "洞庭湖湿地保护修复", LocalDate.of(2026, 2, 1));
        assertThat(tasks.get(admin(), red.id()).light()).isEqualTo(Light.RED);
        Actor leader = user("navleader", Role.LEADER, null);
        try (BrowserContext phone = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page page = phone.newPage();
            PageChecks.login(page, base(), leader.username(), PASSWORD);
            page.waitForURL("**/cockpit");
            assertThat(page.isVisible("#cockpit-compact")).isTrue();
            assertThat(page.isVisible("#task-lights"))
                    .as("the long panel gives way to the compact one")
                    .isFalse();
            assertThat(page.innerText("#compact-counts")).contains("红灯", "黄灯", "绿灯");
            String line =
                    page.locator("#red-list a[data-task='" + red.id() + "']").innerText();
            assertThat(line).contains("洞庭湖湿地保护修复", "岳阳市人民政府", "逾期 30 天");
            Object top = page.evaluate("() => document.getElementById('red-list').getBoundingClientRect().top");
            assertThat(((Number) top).doubleValue())
                    .as("the red list is on the first screen")
                    .isLessThan(844);
            assertThat(PageChecks.problems(page)).isEmpty();
            PageChecks.shot(page, "leader-cockpit-1");
            page.click("#red-list a[data-task='" + red.id() + "']");
            page.waitForURL("**/tasks/" + red.id());
            assertThat(page.locator("main h1").innerText()).contains("洞庭湖湿地保护修复");
            PageChecks.shot(page, "leader-cockpit-2");
        }
    }

    @Test
    void cockpitTaskLinesAreLinksWithTheUnitAndTheDayInWords() {
        clock().set(LocalDate.of(2026, 3, 3));
        Task red = redTask("430700", "常德市人民政府", "Changde Municipal Government", "沅江航道整治", LocalDate.of(2026, 2, 27));
        for (String lang : List.of("zh-CN", "en")) {
            for (int width : List.of(1366, 390)) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, 900)
                        .setLocale(lang))) {
                    Page page = context.newPage();
                    page.navigate(base() + "/cockpit?lang=" + lang);
                    assertThat(PageChecks.problems(page)).as(lang + " " + width).isEmpty();
                    if (width == 1366) {
                        String line = page.locator("#task-lights li:has(a[data-task='" + red.id() + "'])")
                                .innerText();
                        assertThat(line)
                                .doesNotContain("· ·")
                                .contains(lang.equals("en") ? "Changde Municipal Government" : "常德市人民政府")
                                .contains(lang.equals("en") ? "27 Feb 2026" : "2026年2月27日");
                        assertThat(page.getAttribute("#task-lights a[data-task='" + red.id() + "']", "href"))
                                .endsWith("/tasks/" + red.id());
                    }
                }
            }
        }
    }

    @Test
    void aRegionPageShowsTheLightsOfTasksItsUnitsLeadOrSaysThereAreNone() {
        clock().set(LocalDate.of(2026, 3, 3));
        Task red =
                redTask("430800", "张家界市人民政府", "Zhangjiajie Municipal Government", "武陵源生态保护", LocalDate.of(2026, 2, 1));
        Http anonymous = Http.anonymous(port);
        HttpResponse<String> region = anonymous.page("/regions/430800");
        assertThat(region.statusCode()).isEqualTo(200);
        assertThat(region.body())
                .contains("id=\"region-tasks\"")
                .contains("武陵源生态保护")
                .contains("张家界市人民政府")
                .doesNotContain("尚未接入");
        HttpResponse<String> other = anonymous.page("/regions/431300");
        assertThat(other.body()).contains("id=\"region-tasks\"").doesNotContain("武陵源生态保护");
        HttpResponse<String> county = anonymous.page("/regions/430922");
        assertThat(county.body()).contains("的单位目前没有牵头的任务").doesNotContain("尚未接入");
        assertThat(anonymous.page("/regions/430100").body())
                .doesNotContain("尚未接入")
                .contains("id=\"region-tasks\"");
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh-CN", "en")) {
            for (int width : List.of(1366, 390)) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, 900)
                        .setLocale(lang))) {
                    Page page = context.newPage();
                    page.navigate(base() + "/regions/430800?lang=" + lang);
                    page.waitForLoadState();
                    problems.addAll(PageChecks.problems(page));
                    assertThat(page.locator("#region-tasks a[data-task='" + red.id() + "']")
                                    .count())
                            .isEqualTo(1);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
