package org.stocktake.observations.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.observations.Edit;
import org.stocktake.observations.ObservationKey;
import org.stocktake.observations.ObservationService;

/**
 * Data approval over HTTP, as each role meets it (issue 12, finding 4): only those who may approve
 * see 批准/退回; a liaison's or a leader's crafted decision is a 403 page in their language, never a
 * 500; a returned value tells its submitter why (inbox and e-mail, in words); a county liaison is
 * offered and may use only its own county.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalPagesTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    ObservationService observations;

    private Actor liaison;
    private Actor head;
    private Actor leader;
    private Actor countyLiaison;

    @BeforeAll
    void users() {
        String cs = unit("cs-approval", "prefecture", "430100");
        String county = unit("furong-approval", "county", "430102");
        liaison = userWithMail("apl", Role.LIAISON, cs);
        head = user("aph", Role.HEAD, cs);
        leader = user("apd", Role.LEADER, null);
        countyLiaison = user("apc", Role.LIAISON, county);
    }

    private final Set<String> changed = new java.util.HashSet<>();

    private Http pages(Actor who, boolean english) {
        if (changed.add(who.username())) {
            accounts.changePassword(who.username(), PASSWORD, PASSWORD + "!");
        }
        Http http = Http.session(port, who.username(), PASSWORD + "!");
        return english ? http.english() : http;
    }

    private ObservationKey submitted(String period, String value) {
        ObservationKey key = new ObservationKey("resident_population", "430100", period);
        observations.revise(liaison, key, new Edit(Edit.value(value), null, "长沙市统计公报（测试）", Set.of()), "录入");
        observations.submit(liaison, key, "提交");
        return key;
    }

    private static Map<String, String> decision(ObservationKey key, String decision, String reason) {
        return Map.of(
                "indicator", key.indicator(),
                "region", key.region(),
                "period", key.period(),
                "decision", decision,
                "reason", reason);
    }

    @Test
    void onlyApproversSeeTheButtonsAndACraftedDecisionIsRefusedInWords() {
        ObservationKey key = submitted("2031", "1051.2");
        Http liaisonPages = pages(liaison, false);
        Http leaderPages = pages(leader, true);
        Http headPages = pages(head, false);

        HttpResponse<String> zh = liaisonPages.form("/data/decide", decision(key, "approve", "好"), "/data");
        assertThat(zh.statusCode()).isEqualTo(403);
        assertThat(zh.body()).contains("无权", "联络员").doesNotContain("Whitelabel", "Exception", "approve data");
        HttpResponse<String> ret = liaisonPages.form("/data/decide", decision(key, "return", "不好"), "/data");
        assertThat(ret.statusCode()).isEqualTo(403);

        HttpResponse<String> en = leaderPages.form("/data/decide", decision(key, "approve", "fine"), "/data");
        assertThat(en.statusCode()).isEqualTo(403);
        assertThat(en.body()).contains("approve data").doesNotContain("Whitelabel", "Exception", "审核区划");

        assertThat(observations.current(head, key).orElseThrow().status().code())
                .isEqualTo("submitted");
        for (Http who : List.of(liaisonPages, leaderPages)) {
            HttpResponse<String> queue = who.page("/data");
            assertThat(queue.statusCode()).isEqualTo(200);
            assertThat(queue.body()).contains("1051.2").doesNotContain("value=\"approve\"", "value=\"return\"");
        }
        assertThat(headPages.page("/data").body()).contains("1051.2", "value=\"approve\"", "value=\"return\"");
    }

    @Test
    void aReturnedValueTellsItsSubmitterWhy() throws Exception {
        ObservationKey key = submitted("2032", "1062.7");
        Http headPages = pages(head, false);
        HttpResponse<String> returned = headPages.form("/data/decide", decision(key, "return", "与统计公报不符，请核对"), "/data");
        assertThat(returned.statusCode()).isEqualTo(302);
        assertThat(observations.current(head, key).orElseThrow().status().code())
                .isEqualTo("returned");

        String zh = pages(liaison, false).page("/inbox").body();
        assertThat(zh).contains("与统计公报不符，请核对", "退回", "2032").doesNotContain("returned");
        String en = pages(liaison, true).page("/inbox").body();
        assertThat(en).contains("与统计公报不符，请核对", "returned", "2032").doesNotContain("退回");

        SupervisionTest.MAIL.waitForIncomingEmail(5000, 1);
        boolean mailed = Arrays.stream(MAIL.getReceivedMessages())
                .anyMatch(m -> to(m, liaison.username()) && body(m).contains("与统计公报不符，请核对"));
        assertThat(mailed).as("an e-mail to the submitter with the reason").isTrue();
    }

    @Test
    void aCountyLiaisonIsOfferedAndMayUseOnlyItsCounty() {
        Http county = pages(countyLiaison, false);
        for (String page : List.of("/data/entry", "/data/history")) {
            String body = county.page(page).body();
            Matcher options = Pattern.compile("<select[^>]*name=\"region\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                    .matcher(body);
            assertThat(options.find()).as(page).isTrue();
            List<String> values = Pattern.compile("value=\"(\\d+)\"")
                    .matcher(options.group(1))
                    .results()
                    .map(m -> m.group(1))
                    .toList();
            assertThat(values).as(page).isNotEmpty().allMatch(v -> v.startsWith("430102"));
        }
        String scope = county.page("/data/import").body();
        assertThat(scope).contains("可导入的区划：芙蓉区及所辖区划").doesNotContain("长沙市及所辖");

        HttpResponse<String> outside = county.form(
                "/data/entry",
                Map.of(
                        "indicator", "resident_population",
                        "region", "430200",
                        "period", "2031",
                        "value", "1",
                        "source", "s",
                        "reason", "r"),
                "/data/entry");
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("无权", "430200").doesNotContain("write data");
    }

    private static boolean to(MimeMessage m, String user) {
        try {
            return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().startsWith(user + "@"));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
