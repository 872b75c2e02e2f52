package org.stocktake.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
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
import org.stocktake.supervision.Light;
import org.stocktake.supervision.LightService;
import org.stocktake.supervision.ProgressService;
import org.stocktake.supervision.Report;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;

/**
 * The coordinator in a real Chromium escalates a red task, 催办 then 督办函, on the task page, and
 * reads the supervision list and the league table on a phone (390 px) and a desktop in Chinese and
 * English: no page wider than the screen, no code, id, ISO date or message key on them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionLightsBrowserTest extends SupervisionTest {

    private static final String PLAN = "lightsday";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    LightService lights;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    @Test
    void theCoordinatorEscalatesAndReadsTheSupervisionListAndScoresOnAPhone() {
        clock().set(LocalDate.of(2026, 1, 1));
        String lead = unit("U-LIGHTS-A" + System.nanoTime() % 10000, "常德市发展和改革委员会", "Changde DRC", "430700");
        String other = unit("U-LIGHTS-B" + System.nanoTime() % 10000, "岳阳市交通运输局", "Yueyang Transport", "430600");
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Actor liaison = user("liaison", Role.LIAISON, lead);
        Task late = tasks.create(
                coordinator,
                TaskDraft.of(PLAN, "L1", "建设常德综合交通枢纽", lead, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        tasks.create(
                coordinator,
                TaskDraft.of(PLAN, "L2", "洞庭湖生态修复", other, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        tasks.create(
                coordinator,
                TaskDraft.of(PLAN, "L3", "尚未分配的任务", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        clock().set(LocalDate.of(2026, 2, 3));
        progress.submit(liaison, late.id(), new Report("2026-01", "完成可研", null, null, 10));
        clock().set(LocalDate.of(2026, 4, 2));
        tasks.list(coordinator, org.stocktake.supervision.TaskFilter.ALL).stream()
                .filter(t -> t.planCode().equals(PLAN))
                .forEach(t -> lights.evaluate(t.id()));
        assertThat(tasks.get(coordinator, late.id()).light()).isEqualTo(Light.RED);

        String base = "http://localhost:" + port;
        try (BrowserContext desk = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("zh-CN"))) {
            Page page = desk.newPage();
            String password = PageChecks.login(page, base, coordinator.username(), PASSWORD);
            page.navigate(base + "/supervision?plan=" + PLAN);
            assertThat(page.locator("#queue").innerText()).contains("尚未分配的任务").contains("尚未分配牵头单位");
            assertThat(page.locator("#alerts").innerText())
                    .contains("建设常德综合交通枢纽")
                    .contains("超过完成时限");
            PageChecks.shot(page, "coordinator-escalates-1");

            page.navigate(base + "/tasks/" + late.id());
            escalate(page, "urge", "请于一周内报告整改措施", "2026-04-09");
            assertThat(page.locator("#task-records").innerText()).contains("催办").contains("请于一周内报告整改措施");
            PageChecks.shot(page, "coordinator-escalates-2");

            escalate(page, "letter", "逾期未完成，请书面说明原因", "2026-04-12");
            assertThat(page.locator("#task-records").innerText())
                    .contains("督办函")
                    .contains("逾期未完成");
            PageChecks.shot(page, "coordinator-escalates-3");
            assertThat(password).isNotBlank();
        }

        for (String locale : List.of("zh-CN", "en")) {
            for (int width : new int[] {390, 1366}) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, 900)
                        .setLocale(locale))) {
                    Page page = context.newPage();
                    PageChecks.login(page, base, coordinator.username(), PASSWORD + "-new");
                    String lang = locale.startsWith("en") ? "en" : "zh-CN";
                    for (String path : List.of("/supervision?plan=" + PLAN, "/scores?plan=" + PLAN)) {
                        page.navigate(base + path + "&lang=" + lang);
                        assertThat(PageChecks.problems(page))
                                .as(path + " " + lang + " " + width)
                                .isEmpty();
                    }
                    if (width == 390 && lang.equals("zh-CN")) {
                        page.navigate(base + "/supervision?plan=" + PLAN + "&lang=zh-CN");
                        assertThat(page.locator("#records").innerText()).contains("督办函");
                        PageChecks.shot(page, "coordinator-escalates-4");
                    }
                }
            }
        }
    }

    private static void escalate(Page page, String rung, String note, String due) {
        page.selectOption("select[name=rung]", rung);
        page.fill("form[action*='/records'] textarea[name=note]", note);
        page.fill("form[action*='/records'] input[name=responseDue]", due);
        page.click("form[action*='/records'] button[type=submit]");
        page.waitForLoadState();
    }

    private String unit(String code, String zh, String en, String region) {
        accounts.saveUnit(admin(), new OrgUnit(code, new LocalizedText(zh, en), "prefecture", region));
        return code;
    }
}
