package org.stocktake.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.PlatformTest;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.Role;
import org.stocktake.platform.Chromium;
import org.stocktake.platform.PageChecks;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;

/**
 * A coordinator in a real Chromium, on a desktop and on a phone, in Chinese and in English: assigns
 * an unassigned (待分配) task on its page — lead unit, co-unit, deadline, a milestone — and sees the
 * assignment in words on the task and on its timeline; ticks two unassigned tasks on the board and
 * gives them a lead unit and a deadline, after which the board shows the unit's name for them and
 * no 待分配. The liaison of the lead unit is not offered the form, and a forged post of it is
 * refused with a page in words (403). Every page passes {@link PageChecks}.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class AssignmentBrowserTest extends PlatformTest {

    private static final String PLAN = "assign-browser";
    private static final String YUEYANG = "U-PREF-430600";
    private static final String CHANGSHA = "U-PREF-430100";
    private static final String HENGYANG = "U-PREF-430400";
    private static final String PASSWORD = "first-assign-password";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    AccountService accounts;

    private Browser browser;
    private String coordinator;
    private String liaison;
    private final Map<String, String> passwords = new java.util.HashMap<>();

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
        coordinator = user("assign-coord", Role.COORDINATOR, null);
        liaison = user("assign-liaison", Role.LIAISON, YUEYANG);
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"1366, zh", "390, zh", "1366, en", "390, en"})
    void aCoordinatorAssignsOnTheTaskPageAndInBulkOnTheBoard(int width, String lang) {
        boolean en = "en".equals(lang);
        Actor coord = accounts.actorOf(coordinator);
        String tag = "W" + width + lang + SERIAL.incrementAndGet();
        Task single = unassigned(coord, tag + "-1", "建设洞庭湖生态经济区");
        Task bulkA = unassigned(coord, tag + "-2", "推进长株潭一体化");
        Task bulkB = unassigned(coord, tag + "-3", "建设湘江新区");
        String yueyang = unitName(YUEYANG, en);
        String changsha = unitName(CHANGSHA, en);
        String hengyang = unitName(HENGYANG, en);
        // docs/screens/coordinator-assigns-N.png on a desktop in Chinese, -N-390-en and so on otherwise
        String suffix = width == 1366 && !en ? "" : "-" + width + "-" + lang;

        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, 900).setLocale(en ? "en-GB" : "zh-CN"))) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(e -> errors.add(String.valueOf(e)));
            login(page, coordinator);
            String base = base();

            // 1. the task page of an unassigned task: the form, filled in
            page.navigate(base + "/tasks/" + single.id() + "?lang=" + lang);
            assertThat(page.locator("#fact-lead").innerText()).isEqualTo(en ? "unassigned" : "待分配");
            assertThat(PageChecks.problems(page)).isEmpty();
            PageChecks.shot(page, "coordinator-assigns-1" + suffix);
            page.selectOption("#assign-lead", YUEYANG);
            page.selectOption("#assign-co", CHANGSHA);
            page.fill("#assign-deadline", "2027-06-30");
            page.selectOption("#assign-cycle", "monthly");
            page.fill("#assign-due-day", "10");
            page.selectOption("#assign-quarter-1", "2027Q1");
            page.fill("#assign-milestone-1", "完成湿地保护规划");
            page.click("#assign-submit");
            page.waitForURL("**/tasks/" + single.id());

            // 2. the task as assigned, and its timeline in words
            assertThat(page.locator("#error").count()).isZero();
            assertThat(page.locator("#fact-lead").innerText()).isEqualTo(yueyang);
            assertThat(page.locator("#fact-co").innerText()).isEqualTo(changsha);
            assertThat(page.locator("#fact-deadline").innerText()).isEqualTo(en ? "30 Jun 2027" : "2027年6月30日");
            assertThat(page.locator("#task-milestones").innerText())
                    .contains(en ? "Q1 2027" : "2027年第1季度")
                    .contains("完成湿地保护规划");
            String timeline = page.locator("#timeline").innerText();
            assertThat(timeline)
                    .contains(en ? "lead unit: " + yueyang : "牵头单位：" + yueyang)
                    .contains(en ? "co-units: " + changsha : "协办单位：" + changsha)
                    .contains(en ? "deadline: 30 Jun 2027" : "完成时限：2027年6月30日")
                    .contains(en ? "milestone Q1 2027: 完成湿地保护规划" : "节点 2027年第1季度：完成湿地保护规划");
            assertThat(PageChecks.problems(page)).isEmpty();
            PageChecks.shot(page, "coordinator-assigns-2" + suffix);

            // 3. the board: two unassigned tasks ticked and given a lead unit and a deadline
            page.navigate(base + "/tasks");
            assertThat(lead(page, bulkA)).isEqualTo(en ? "unassigned" : "待分配");
            assertThat(PageChecks.problems(page)).isEmpty();
            page.check(row(bulkA) + " input[name=ids]");
            page.check(row(bulkB) + " input[name=ids]");
            page.selectOption("#bulk-lead", HENGYANG);
            page.fill("#bulk-deadline", "2027-12-31");
            PageChecks.shot(page, "coordinator-assigns-3" + suffix);
            page.click("#bulk-submit");
            page.waitForURL("**/tasks");

            // 4. the board shows the unit's name for the three tasks, and no 待分配 for them
            assertThat(page.locator("#error").count()).isZero();
            assertThat(lead(page, bulkA)).isEqualTo(hengyang);
            assertThat(lead(page, bulkB)).isEqualTo(hengyang);
            assertThat(lead(page, single)).isEqualTo(yueyang);
            for (Task t : List.of(single, bulkA, bulkB)) {
                assertThat(page.locator(row(t)).innerText())
                        .doesNotContain("待分配")
                        .doesNotContain("unassigned");
            }
            assertThat(tasks.get(coord, bulkA.id()).deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
            assertThat(PageChecks.problems(page)).isEmpty();
            PageChecks.shot(page, "coordinator-assigns-4" + suffix);
            assertThat(errors).isEmpty();
        }

        // 5. the liaison of the lead unit: no assignment form, and a forged post of it refused in words
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, 900).setLocale(en ? "en-GB" : "zh-CN"))) {
            Page page = context.newPage();
            login(page, liaison);
            page.navigate(base() + "/tasks/" + single.id() + "?lang=" + lang);
            assertThat(page.locator("#fact-lead").innerText()).isEqualTo(yueyang);
            assertThat(page.locator("#assign-form").count()).isZero();
            assertThat(page.locator("#bulk-assign").count()).isZero();
            assertThat(PageChecks.problems(page)).isEmpty();
            Task now = tasks.get(coord, single.id());
            Response refused = page.waitForResponse(
                    r -> r.url().endsWith("/tasks/" + single.id() + "/assign"),
                    () -> page.evaluate(
                            """
                            ([url, version, lead]) => {
                              const form = document.createElement('form');
                              form.method = 'post';
                              form.action = url;
                              const add = (name, value) => {
                                const input = document.createElement('input');
                                input.type = 'hidden'; input.name = name; input.value = value;
                                form.appendChild(input);
                              };
                              add('_csrf', document.querySelector('meta[name=csrf-token]').content);
                              add('version', version); add('lead', lead); add('cycle', 'monthly'); add('dueDay', '5');
                              document.body.appendChild(form);
                              form.submit();
                            }""",
                            List.of("/tasks/" + single.id() + "/assign", String.valueOf(now.version()), CHANGSHA)));
            assertThat(refused.status()).isEqualTo(403);
            page.waitForLoadState();
            assertThat(page.locator("main").innerText()).contains(en ? "may not assign lead units" : "无权分配牵头单位");
            assertThat(PageChecks.problems(page)).isEmpty();
            PageChecks.shot(page, "coordinator-assigns-5" + suffix);
            assertThat(tasks.get(coord, single.id()).lead()).isEqualTo(YUEYANG);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void login(Page page, String username) {
        String valid = PageChecks.login(page, base(), username, passwords.get(username));
        passwords.put(username, valid);
    }

    private String user(String prefix, Role role, String unit) {
        String name = prefix + SERIAL.incrementAndGet();
        accounts.createUser(accounts.actorOf("admin"), new NewUser(name, "用户" + name, null, role, unit, PASSWORD));
        passwords.put(name, PASSWORD);
        return name;
    }

    private Task unassigned(Actor coord, String code, String title) {
        return tasks.create(
                coord, TaskDraft.of(PLAN, code, title, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    private String unitName(String code, boolean en) {
        var name = accounts.unit(code).orElseThrow().name();
        return en ? name.en() : name.zh();
    }

    private static String row(Task t) {
        return "#task-board tr[data-code='" + t.code() + "']";
    }

    private static String lead(Page page, Task t) {
        return page.locator(row(t) + " td.lead").innerText().trim();
    }
}
