package org.stocktake.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.platform.Chromium;
import org.stocktake.platform.PageChecks;
import org.stocktake.supervision.Cycle;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;

/**
 * A liaison's day with progress reports in a real Chromium, on a desktop and on a phone, in Chinese
 * and in English: a report with a file that is refused saves nothing (the form keeps what was
 * typed), the report is filed with a real PDF for the period chosen from the list (the current
 * quarter, where the one due now is offered first), the unit's head
 * approves it (only the head is offered 批准), the coordinator returns it with a reason, and the
 * liaison reads the reason, edits the report and resubmits it: the same period, version 2, no
 * report in another period.
 */
class LiaisonReportsBrowserTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Chromium.browser();
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"1366, zh", "390, zh", "1366, en", "390, en"})
    void aReturnedReportIsEditedAndResubmittedAsTheNextVersionOfItsPeriod(int width, String lang) throws IOException {
        boolean en = "en".equals(lang);
        clock().set(LocalDate.of(2026, 5, 12));
        String unit = unit("YY", "prefecture", "430600");
        Actor liaison = user("liaison", Role.LIAISON, unit);
        Actor head = user("head", Role.HEAD, unit);
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        TaskDraft simple = TaskDraft.of(
                "reports", "R" + unit, "推进洞庭湖湿地保护修复", unit, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        Task task = tasks.create(coordinator, quarterly(simple));
        String base = "http://localhost:" + port;
        String shots = "liaison-reports-%d" + (en ? "-en" : "") + (width < 500 ? "-phone" : "");

        Page page = open(liaison, width, lang, base);
        page.navigate(base + "/tasks/" + task.id());
        // the period: the task's quarters in words; the one due now (Q1, not yet reported) is offered first
        assertThat(page.locator("#period option:checked").innerText()).isEqualTo(en ? "2026 Q1" : "2026年第1季度");
        assertThat(page.locator("#period option").allInnerTexts())
                .containsExactly(en ? "2026 Q2 (current)" : "2026年第2季度（本期）", en ? "2026 Q1" : "2026年第1季度");
        assertThat(page.locator("button.approve").count()).isZero();
        checked(page);

        // a file that looks like a program refuses the whole report, in the page's language
        page.selectOption("#period", "2026Q2");
        page.fill("#progressText", "完成湿地保护规划编制，启动第一批项目");
        page.fill("textarea[name=problems]", "资金到位偏慢");
        page.fill("#percent", "30");
        page.setInputFiles("#update-file", file("湿地规划.pdf", "MZ\u0090\u0000 not a pdf"));
        page.click("#submit-update");
        page.waitForLoadState();
        String refusal = page.locator("#update-error").innerText();
        assertThat(refusal)
                .contains("湿地规划.pdf")
                .contains(en ? "looks like a program" : "可执行程序")
                .contains(en ? "not saved" : "未保存");
        assertThat(reports(task)).isZero();
        assertThat(page.locator("#progressText").inputValue()).isEqualTo("完成湿地保护规划编制，启动第一批项目");
        assertThat(page.locator("textarea[name=problems]").inputValue()).isEqualTo("资金到位偏慢");
        assertThat(page.locator("#percent").inputValue()).isEqualTo("30");
        assertThat(page.locator("#period").inputValue()).isEqualTo("2026Q2");
        checked(page);
        shot(page, shots.formatted(1));

        // with a real PDF the report is filed for the period chosen, its file with it
        page.setInputFiles("#update-file", file("湿地规划.pdf", "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"));
        page.click("#submit-update");
        page.waitForLoadState();
        assertThat(page.locator("#update-error").count()).isZero();
        assertThat(reports(task)).isEqualTo(1);
        String row = page.locator("#updates tr.update").innerText();
        assertThat(row)
                .contains(en ? "2026 Q2" : "2026年第2季度")
                .contains(en ? "Version 1" : "第1版")
                .contains("湿地规划.pdf");
        // the unit by its name in the page's language, never its code
        assertThat(page.locator("#updates tr.update td").nth(1).innerText())
                .isEqualTo((en ? "Test unit " : "测试单位") + unit.substring(unit.lastIndexOf('-') + 1));
        // the timeline says the report's period and status in words of the page's language
        String timeline = page.locator("#timeline li.tl-update").innerText();
        assertThat(timeline)
                .contains(en ? "2026 Q2 · 30% · submitted" : "2026年第2季度 · 30% · 已报送")
                .doesNotContain("2026Q2");
        assertThat(page.locator("#updates a[href*='/api/v1/attachments/']").count())
                .isEqualTo(1);
        assertThat(page.locator("button.approve").count()).isZero();
        checked(page);
        shot(page, shots.formatted(2));

        // the coordinator is offered no approval of the head's; the head is, and approves
        Page coord = open(coordinator, width, lang, base);
        coord.navigate(base + "/tasks/" + task.id());
        assertThat(coord.locator("button.approve").count()).isZero();
        Page boss = open(head, width, lang, base);
        boss.navigate(base + "/tasks/" + task.id());
        assertThat(boss.locator("button.approve").innerText()).isEqualTo(en ? "Approve" : "批准");
        assertThat(boss.locator("button.return").innerText()).isEqualTo(en ? "Return" : "退回");
        assertThat(boss.locator("button.accept").count()).isZero();
        assertThat(page.locator("form.give-back").count()).isZero();
        checked(boss);
        shot(boss, shots.formatted(3));
        boss.click("button.approve");
        boss.waitForLoadState();
        assertThat(status(task)).isEqualTo("approved");

        // the coordinator returns it with a reason
        coord.navigate(base + "/tasks/" + task.id());
        assertThat(coord.locator("button.approve").count()).isZero();
        coord.fill("form.review input[name=reason]", "请补充资金到位情况");
        coord.click("form.review button.return");
        coord.waitForLoadState();
        assertThat(status(task)).isEqualTo("returned");

        // the liaison reads the reason, edits the report and resubmits it
        page.navigate(base + "/tasks/" + task.id());
        assertThat(page.locator("#updates .return-reason").innerText()).contains("请补充资金到位情况");
        checked(page);
        shot(page, shots.formatted(4));
        page.click("details.revise summary");
        assertThat(page.locator("details.revise .revise-progress").inputValue()).isEqualTo("完成湿地保护规划编制，启动第一批项目");
        page.fill("details.revise .revise-progress", "完成湿地保护规划编制，第一批项目资金已到位 80%");
        page.click("details.revise button.resubmit");
        page.waitForLoadState();
        assertThat(page.locator("#update-error").count()).isZero();

        List<Map<String, Object>> rows =
                jdbc.sql("""
                select u.period, u.version, u.status, u.late from tasks_update u
                where u.task_id = :t and not exists (select 1 from tasks_update n where n.supersedes = u.id)
                """).param("t", task.id()).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("period", "2026Q2")
                .containsEntry("version", 2)
                .containsEntry("status", "submitted");
        assertThat(jdbc.sql("select count(distinct period) from tasks_update where task_id = :t")
                        .param("t", task.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from tasks_update where task_id = :t and late")
                        .param("t", task.id())
                        .query(Long.class)
                        .single())
                .as("nothing counts as late")
                .isZero();
        assertThat(page.locator("#updates tr.update").count()).isEqualTo(1);
        String current = page.locator("#updates tr.update").innerText();
        assertThat(current)
                .contains(en ? "2026 Q2" : "2026年第2季度")
                .contains(en ? "Version 2" : "第2版")
                .contains("第一批项目资金已到位 80%")
                .contains("湿地规划.pdf");
        page.click("details.versions summary");
        assertThat(page.locator("details.versions").innerText())
                .contains(en ? "Version 1" : "第1版")
                .contains("请补充资金到位情况");
        checked(page);
        shot(page, shots.formatted(5));
        for (Page p : List.of(page, coord, boss)) {
            p.context().close();
        }
    }

    private static TaskDraft quarterly(TaskDraft d) {
        return new TaskDraft(
                d.planCode(),
                d.code(),
                d.parentCode(),
                d.article(),
                d.title(),
                d.lead(),
                d.coUnits(),
                d.startDate(),
                d.deadline(),
                Cycle.QUARTERLY,
                10,
                d.deliverable(),
                d.milestones(),
                d.targets(),
                d.indicators());
    }

    /** A new browser context for the user, logged in, in the language and width asked for. */
    private static Page open(Actor user, int width, String lang, String base) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900)
                .setLocale("en".equals(lang) ? "en-GB" : "zh-CN"));
        Page page = context.newPage();
        PageChecks.login(page, base, user.username(), PASSWORD);
        page.navigate(base + "/tasks?lang=" + ("en".equals(lang) ? "en" : "zh-CN"));
        return page;
    }

    /** What a person must not meet in the progress-report part of the page, and the part fits the screen. */
    private static void checked(Page page) {
        String part = page.locator("#progress-reports").innerText();
        List<String> problems = PageChecks.problems(page).stream()
                .filter(p -> !p.contains("wider than the screen"))
                .filter(p -> part.contains(p.substring(p.lastIndexOf(": ") + 2)))
                .toList();
        assertThat(problems).isEmpty();
        Object overflow = page.evaluate(
                "() => { const e = document.getElementById('progress-reports');"
                        + " return e.getBoundingClientRect().right <= window.innerWidth + 1"
                        + " && [...e.querySelectorAll('*')].every(x => x.getBoundingClientRect().right <= window.innerWidth + 1); }");
        assertThat(overflow).as("the progress reports fit the screen").isEqualTo(true);
    }

    /** A screenshot of the progress-report part of the page, scrolled into view. */
    private static void shot(Page page, String name) {
        page.locator("#progress-reports").scrollIntoViewIfNeeded();
        PageChecks.shot(page, name);
    }

    private long reports(Task task) {
        return jdbc.sql("select count(*) from tasks_update where task_id = :t")
                .param("t", task.id())
                .query(Long.class)
                .single();
    }

    private String status(Task task) {
        return jdbc.sql("select status from tasks_update where task_id = :t order by id desc limit 1")
                .param("t", task.id())
                .query(String.class)
                .single();
    }

    private static Path file(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "uploads", Long.toString(System.nanoTime())));
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.ISO_8859_1));
    }
}
