package org.stocktake.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.assessment.Method;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanService;
import org.stocktake.platform.Chromium;
import org.stocktake.verdicts.TargetVerdict;
import org.stocktake.verdicts.VerdictService;

/**
 * The draft page in a real Chromium, as a coordinator: upload a policy document, see the found items
 * marked, delete a target, correct a value, add a passage selected in the text, map an unmatched unit
 * to a platform unit, save; the plan is imported whole. A viewer may not open the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanDraftBrowserTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Autowired
    PlanService plans;

    @Autowired
    VerdictService verdicts;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
    }

    private Page login(Actor who, List<String> errors) {
        Page page = browser.newPage(
                new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("zh-CN"));
        page.onPageError(e -> errors.add(String.valueOf(e)));
        page.navigate("http://localhost:" + port + "/login");
        page.fill("#username", who.username());
        page.fill("#password", PASSWORD);
        page.click("#login-submit");
        page.fill("input[name=oldPassword]", PASSWORD);
        page.fill("input[name=newPassword]", "draft-new-password");
        page.click("#password-submit");
        return page;
    }

    @Test
    void uploadCorrectAndImport() throws Exception {
        Path doc = dir.resolve("forest-2030.txt");
        Files.writeString(doc, """
                全省森林保护实施意见
                一、主要目标
                到2030年，全省森林覆盖率达到60%以上，湿地保护率稳定在70%以上，林业产值年均增长8%，建成一批示范林场。
                二、重点任务
                （一）加强监测。2031年3月底前建成监测网络。（省发展和改革委员会、省林草局等负责）
                """, StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Page page = login(coordinator, errors);
        page.navigate("http://localhost:" + port + "/plan/draft");
        page.setInputFiles("input[name=file]", doc);
        page.click("#read");
        assertThat(page.locator("mark.found-target").count()).isEqualTo(3);
        assertThat(page.locator("mark.found-unit").count()).isEqualTo(1);
        assertThat(page.locator("mark.found-deadline").count()).isGreaterThanOrEqualTo(1);
        assertThat(page.locator("#targets tbody tr").count()).isEqualTo(3);

        page.uncheck("#row-T02 input[name=target]"); // delete 湿地保护率
        page.fill("input[name='value.T01']", "62"); // correct 60 → 62
        page.evaluate("() => { const t = document.getElementById('draft-text');"
                + " const i = t.textContent.indexOf('建成一批示范林场'); const r = document.createRange();"
                + " let n = t.firstChild, at = 0; const w = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);"
                + " while ((n = w.nextNode())) { if (at + n.length > i) { r.setStart(n, i - at); r.setEnd(n, i - at + 8); break; }"
                + " at += n.length; } const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); }");
        page.click("#add-selection");
        assertThat(page.inputValue("#added")).isEqualTo("建成一批示范林场");
        assertThat(page.locator("#new-units span").allTextContents()).containsExactly("省林草局");
        page.selectOption("select[name='map.U-NEW-01']", "U-PROV-GOV");
        page.fill("input[name=code]", "forest-2030");
        page.click("#save");

        assertThat(page.url()).endsWith("/plan?plan=forest-2030");
        PlanDocument plan = plans.plan("forest-2030").orElseThrow();
        assertThat(plan.targets())
                .extracting(PlanDocument.Target::quote)
                .containsExactly("全省森林覆盖率达到60%以上", "林业产值年均增长8%", "建成一批示范林场");
        assertThat(plan.targets().get(0).value()).isEqualByComparingTo(new BigDecimal("62"));
        PlanDocument.Task task = plan.tasks().get(0);
        assertThat(task.lead()).isEqualTo("U-PROV-DRC"); // 省发展和改革委员会 is 省发展改革委
        assertThat(task.coUnits()).containsExactly("U-PROV-GOV"); // 省林草局, mapped by hand
        assertThat(task.deadline()).isEqualTo("2031-03-31");
        assertThat(errors).isEmpty();

        // judged like the Hunan plan: every target of the imported plan gets a verdict with a sentence
        List<TargetVerdict> judged = verdicts.assess(verdicts.plan("forest-2030"), 2025, Method.SCHEDULE);
        assertThat(judged)
                .extracting(TargetVerdict::target)
                .containsExactlyElementsOf(
                        plan.targets().stream().map(PlanDocument.Target::code).toList());
        assertThat(judged)
                .allSatisfy(v -> assertThat(v.verdict().explanation().zh()).isNotBlank());
    }

    @Test
    void aViewerMayNotOpenThePage() {
        List<String> errors = new ArrayList<>();
        Page page = login(user("viewer", Role.VIEWER, null), errors);
        var response = page.navigate("http://localhost:" + port + "/plan/draft");
        assertThat(response.status()).isEqualTo(403);
    }
}
