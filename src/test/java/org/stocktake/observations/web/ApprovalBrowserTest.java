package org.stocktake.observations.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
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
import org.stocktake.platform.PageChecks;

/**
 * Data approval in a real Chromium (issue 12, finding 4), in Chinese and English, at 1366 px and
 * 390 px: a liaison and a leader see the queue without 批准/退回, and a decision they craft is a 403
 * page in their language (never a 500 or Spring's Whitelabel page); the head approves one value and
 * returns another with a reason, which the submitting liaison then reads in their inbox, in their
 * language; a county liaison is offered its county only. Every page passes {@link PageChecks}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalBrowserTest extends SupervisionTest {

    private static final String REASON = "与市统计公报不符，请核对后重报";

    @LocalServerPort
    int port;

    @Autowired
    ObservationService observations;

    private Browser browser;
    private String base;
    private final java.util.Map<String, String> passwords = new java.util.HashMap<>();

    @BeforeAll
    void launch() {
        browser = Chromium.browser();
        base = "http://localhost:" + port;
    }

    /** A logged-in page of its own browser context, 1366 px wide, in Chinese. */
    private Page login(Actor who, List<String> errors) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
        Page page = context.newPage();
        page.onPageError(e -> errors.add(String.valueOf(e)));
        String password = passwords.getOrDefault(who.username(), PASSWORD);
        passwords.put(who.username(), PageChecks.login(page, base, who.username(), password));
        return page;
    }

    private static void show(Page page, String url, String lang, int width) {
        page.setViewportSize(width, 900);
        page.navigate(url + (url.contains("?") ? "&" : "?") + "lang=" + lang);
        page.waitForLoadState();
    }

    /** Every page at both widths and in both languages: nothing a person must not meet. */
    private static void checked(Page page, String url, List<String> problems) {
        for (String lang : List.of("zh-CN", "en")) {
            for (int width : List.of(1366, 390)) {
                show(page, url, lang, width);
                problems.addAll(PageChecks.problems(page));
            }
        }
        show(page, url, "zh-CN", 1366);
    }

    /** Posts a decision the page does not offer, as a crafted form would, and answers the response. */
    private static Response crafted(Page page, ObservationKey key, String decision) {
        return page.waitForResponse(
                r -> r.url().endsWith("/data/decide"),
                () -> page.evaluate(
                        "([indicator, region, period, decision]) => {"
                                + " const f = document.createElement('form'); f.method = 'post'; f.action = '/data/decide';"
                                + " const add = (n, v) => { const i = document.createElement('input'); i.type = 'hidden';"
                                + " i.name = n; i.value = v; f.appendChild(i); };"
                                + " add('indicator', indicator); add('region', region); add('period', period);"
                                + " add('decision', decision); add('reason', 'x');"
                                + " add('_csrf', document.querySelector('meta[name=csrf-token]').content);"
                                + " document.body.appendChild(f); f.submit(); }",
                        List.of(key.indicator(), key.region(), key.period(), decision)));
    }

    private ObservationKey submitted(Actor liaison, String period, String value) {
        ObservationKey key = new ObservationKey("resident_population", "430100", period);
        observations.revise(liaison, key, new Edit(Edit.value(value), null, "长沙市统计公报（测试）", Set.of()), "录入");
        observations.submit(liaison, key, "按公报填报");
        return key;
    }

    @Test
    void eachRoleMeetsTheApprovalQueueInWords() {
        String cs = unit("cs-browser", "prefecture", "430100");
        String county = unit("furong-browser", "county", "430102");
        Actor liaison = user("abl", Role.LIAISON, cs);
        Actor head = user("abh", Role.HEAD, cs);
        Actor leader = user("abd", Role.LEADER, null);
        Actor countyLiaison = user("abc", Role.LIAISON, county);
        ObservationKey approve = submitted(liaison, "2034", "1071.4");
        ObservationKey giveBack = submitted(liaison, "2035", "1082.9");
        List<String> errors = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        for (Actor who : List.of(liaison, leader)) {
            Page page = login(who, errors);
            checked(page, base + "/data", problems);
            assertThat(page.locator("#queue").innerText()).as(who.username()).contains("1071.4", "常住人口", "长沙市");
            assertThat(page.locator("button[value=approve], button[value=return]")
                            .count())
                    .as(who.username() + " sees no decision buttons")
                    .isZero();
            for (String lang : List.of("zh-CN", "en")) {
                show(page, base + "/data", lang, 390);
                Response refused = crafted(page, approve, "approve");
                page.waitForLoadState();
                String text = page.locator("body").innerText();
                assertThat(refused.status()).as(who.username() + " " + lang).isEqualTo(403);
                assertThat(text).doesNotContain("Whitelabel", "Exception", "500");
                if (lang.equals("en")) {
                    assertThat(text)
                            .contains("may not approve data for region 430100")
                            .doesNotContain("无权");
                } else {
                    assertThat(text).contains("无权审核区划 430100 的数据").doesNotContain("may not");
                }
                problems.addAll(PageChecks.problems(page));
            }
            page.context().close();
        }
        assertThat(observations.current(head, approve).orElseThrow().status().code())
                .isEqualTo("submitted");

        Page headPage = login(head, errors);
        checked(headPage, base + "/data", problems);
        PageChecks.shot(headPage, "head-approves-1");
        headPage.locator("#queue tr:has-text('1071.4') button[value=approve]").click();
        headPage.waitForLoadState();
        assertThat(headPage.locator("#queue").innerText())
                .doesNotContain("1071.4")
                .contains("1082.9");
        headPage.locator("#queue tr:has-text('1082.9') input[name=reason]").fill(REASON);
        PageChecks.shot(headPage, "head-approves-2");
        headPage.locator("#queue tr:has-text('1082.9') button[value=return]").click();
        headPage.waitForLoadState();
        assertThat(observations.current(head, approve).orElseThrow().status().code())
                .isEqualTo("approved");
        assertThat(observations.current(head, giveBack).orElseThrow().status().code())
                .isEqualTo("returned");
        checked(headPage, base + "/data/history?indicator=resident_population&region=430100&period=2035", problems);
        assertThat(headPage.locator("#history").innerText()).contains("已退回", REASON);
        PageChecks.shot(headPage, "head-approves-3");

        Page inbox = login(liaison, errors);
        checked(inbox, base + "/inbox", problems);
        String zh = inbox.locator("#inbox li").first().innerText();
        assertThat(zh).contains("数据被退回", "常住人口", "长沙市", "2035", REASON, "未读").doesNotContain("returned");
        show(inbox, base + "/inbox", "en", 390);
        String en = inbox.locator("#inbox li").first().innerText();
        assertThat(en).contains("Value returned", "2035", REASON, "Unread").doesNotContain("数据被退回", "退回理由");
        PageChecks.shot(inbox, "liaison-reads-return");

        Page countyPage = login(countyLiaison, errors);
        checked(countyPage, base + "/data/entry", problems);
        List<String> offered = countyPage.locator("#entry select[name=region] option").all().stream()
                .map(o -> o.getAttribute("value"))
                .toList();
        assertThat(offered).isNotEmpty().allMatch(code -> code.startsWith("430102"));
        checked(countyPage, base + "/data/import", problems);
        checked(countyPage, base + "/data/history", problems);

        assertThat(problems).isEmpty();
        assertThat(errors).isEmpty();
    }
}
