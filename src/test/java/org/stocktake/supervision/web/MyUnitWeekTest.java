package org.stocktake.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.platform.Chromium;
import org.stocktake.platform.PageChecks;
import org.stocktake.shared.LocalizedText;
import org.stocktake.supervision.ProgressService;
import org.stocktake.supervision.Report;
import org.stocktake.supervision.Rung;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;
import org.stocktake.supervision.Update;

/**
 * A liaison lands on 本单位 and reads 本周到期: the progress report due in the next seven days, the
 * 催办 waiting for the unit's answer, and the report a coordinator returned with its reason; all
 * dates in words, on a phone and a desktop, in Chinese and English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyUnitWeekTest extends SupervisionTest {

    private static final AtomicInteger CODES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    SupervisionService supervision;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    @Test
    void theLiaisonSeesReportsDueResponsesDueAndReturnedReportsThisWeek() {
        clock().set(LocalDate.of(2026, 3, 3));
        String unit = "navd" + CODES.incrementAndGet() + "x" + System.nanoTime() % 100000;
        accounts.saveUnit(
                admin(),
                new OrgUnit(
                        unit, new LocalizedText("岳阳市人民政府", "Yueyang Municipal Government"), "prefecture", "430600"));
        Actor liaison = user("navliaison", Role.LIAISON, unit);
        Actor head = user("navhead", Role.HEAD, unit);
        Actor coordinator = user("navcoord", Role.COORDINATOR, null);
        Task due = tasks.create(
                coordinator,
                TaskDraft.of(
                        "week" + CODES.get(),
                        "W1",
                        "岳阳港城陵矶港区建设",
                        unit,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)));
        Task returned = tasks.create(
                coordinator,
                TaskDraft.of(
                        "week" + CODES.get(),
                        "W2",
                        "洞庭湖区农田水利建设",
                        unit,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)));
        Update sent = progress.submit(liaison, returned.id(), new Report(null, "完成渠道清淤三十公里", "资金偏紧", "继续推进", 30));
        progress.approve(head, sent.id());
        progress.review(coordinator, sent.id(), false, "缺少佐证材料");
        supervision.issue(coordinator, due.id(), Rung.URGE, null, "请加快港区建设进度", LocalDate.of(2026, 3, 6));

        List<String> problems = new ArrayList<>();
        String password = PASSWORD;
        for (String lang : List.of("zh-CN", "en")) {
            for (int width : List.of(1366, 390)) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, 900)
                        .setLocale(lang))) {
                    Page page = context.newPage();
                    password = PageChecks.login(page, "http://localhost:" + port, liaison.username(), password);
                    page.waitForURL("**/my-unit");
                    page.navigate("http://localhost:" + port + "/my-unit?lang=" + lang);
                    boolean zh = lang.startsWith("zh");
                    assertThat(page.innerText("#due-reports")).contains("岳阳港城陵矶港区建设", zh ? "2026年3月5日" : "5 Mar 2026");
                    assertThat(page.innerText("#due-responses"))
                            .contains("岳阳港城陵矶港区建设", zh ? "催办" : "6 Mar 2026", zh ? "2026年3月6日" : "by");
                    assertThat(page.innerText("#due-returned")).contains("洞庭湖区农田水利建设", "缺少佐证材料");
                    problems.addAll(PageChecks.problems(page));
                    if (width == 390 && zh) {
                        PageChecks.shot(page, "liaison-my-unit-week");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
