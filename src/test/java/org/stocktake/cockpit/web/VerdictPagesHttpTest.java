package org.stocktake.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.PlatformTest;
import org.stocktake.assessment.Method;
import org.stocktake.verdicts.Basis;
import org.stocktake.verdicts.RegionVerdict;
import org.stocktake.verdicts.VerdictService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verdict pages over real HTTP, read anonymously like the other leader pages: the region ×
 * target matrix, the prefectures ranked by verdict score, the map coloured by a target's verdicts
 * and the region pages listing their targets — each with its basis in words, in both languages,
 * with no codes or timestamps in the text a reader sees.
 */
class VerdictPagesHttpTest extends PlatformTest {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SCRIPT = Pattern.compile("(?s)<script.*?</script>");

    @LocalServerPort
    int port;

    @Autowired
    VerdictService verdicts;

    private Http anonymous() {
        return Http.anonymous(port);
    }

    /** The text a reader sees: scripts and tags removed. */
    private static String text(String html) {
        return TAG.matcher(SCRIPT.matcher(html).replaceAll(" ")).replaceAll(" ");
    }

    private static void noCodesOrTimestamps(String path, String html) {
        String text = text(html);
        assertThat(text).as(path + ": an ISO timestamp").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}");
        assertThat(text).as(path + ": a target code").doesNotContainPattern("\\bT\\d{2}\\b");
        assertThat(text).as(path + ": a class code").doesNotContain("insufficient_data", "on_track", "achieved_early");
    }

    /** The prefectures judged on T13 (urbanisation +1 point a year) as stored, schedule method. */
    private List<RegionVerdict> t13InPrefectures() {
        return verdicts.current("hunan-central-2021", "T13", null).stream()
                .filter(v -> v.verdict().method() == Method.SCHEDULE && v.basis() != Basis.SCOPE)
                .toList();
    }

    @Test
    void theMatrixHasAPrefectureARowAndAQuantitativeTargetAColumnEachCellInWordsWithItsBasis() {
        HttpResponse<String> zh = anonymous().page("/matrix?lang=zh-CN");
        assertThat(zh.statusCode()).isEqualTo(200);
        String html = zh.body();
        assertThat(html).contains("id=\"matrix\"");
        assertThat(count(html, "<tr data-code=\"43")).isEqualTo(14);
        assertThat(html).contains("长沙市", "湘西土家族苗族自治州");
        // urbanisation (a rate of change) and forest coverage (a share) are judged in every
        // prefecture against the province's target; grain areas (a total in 万亩) in none
        assertThat(html).contains("data-target=\"T13\"", "data-target=\"T19\"");
        assertThat(html).doesNotContain("data-target=\"T46\"");
        // a column head opens the map coloured by that target's verdicts
        assertThat(html).contains("href=\"/map?by=verdict&amp;target=T13\"");
        assertThat(text(html)).contains("常住人口城镇化率年均提高1个百分点以上", "对标全省目标", "评价得分");
        assertThat(text(html)).contains("粮食生产功能区3850万亩底线不突破"); // named among the unjudged
        // each stored prefecture verdict on T13 is a cell in words with its colour class
        for (RegionVerdict v : t13InPrefectures()) {
            String cls = v.verdict().verdict().verdictClass().code();
            assertThat(html)
                    .as(v.region())
                    .containsPattern("(?s)<tr data-code=\"" + v.region()
                            + "\">.*?data-target=\"T13\"[^>]*data-verdict=\""
                            + cls + "\".*?class=\"badge v-" + cls + "\">"
                            + Pattern.quote(
                                    v.verdict().verdict().verdictClass().label().zh()) + "</span>.*?"
                            + Pattern.quote(
                                    v.verdict().verdict().explanation().zh().substring(0, 6)));
        }
        assertThat(t13InPrefectures()).hasSize(14);
        noCodesOrTimestamps("/matrix", html);

        String en = anonymous().english().page("/matrix?lang=en").body();
        assertThat(text(en)).contains("Verdicts by prefecture and target", "benchmarked against", "Verdict score");
        noCodesOrTimestamps("/matrix en", en);
    }

    @Test
    void thePrefecturesAreRankedByVerdictScoreWithTheRuleStated() throws Exception {
        HttpResponse<String> r = anonymous().page("/rankings/verdicts?lang=zh-CN");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        assertThat(text(html)).contains("计分规则", "提前实现 100 分", "倒退 0 分", "数据不足不计分", "平均分");
        assertThat(html).contains("id=\"score-chart\"", "/verdict-rankings.js");
        JsonNode rows = JsonMapper.builder().build().readTree(between(html, "id=\"score-data\"", "</script>"));
        // best first, ranks by the one ranking rule: equal scores share the best place
        List<Double> scores = new ArrayList<>();
        rows.forEach(n -> scores.add(n.get("score").asDouble()));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(scores.get(i)).isLessThanOrEqualTo(scores.get(i - 1));
            int expected = scores.get(i).equals(scores.get(i - 1))
                    ? rows.get(i - 1).get("rank").asInt()
                    : i + 1;
            assertThat(rows.get(i).get("rank").asInt()).isEqualTo(expected);
        }
        noCodesOrTimestamps("/rankings/verdicts", html);
        assertThat(anonymous().english().page("/rankings/verdicts?lang=en").body())
                .contains("achieved and achieved early 100", "do not count");
    }

    @Test
    void theMapIsColouredByTheChosenTargetsVerdictsOneForEachPrefecture() throws Exception {
        HttpResponse<String> r = anonymous().page("/map?by=verdict&target=T13&lang=zh-CN");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        assertThat(html).contains("data-by=\"verdict\"", "id=\"map-target\"");
        assertThat(html).containsPattern("<option value=\"T13\" selected=\"selected\">常住人口城镇化率");
        assertThat(text(html)).contains("各市州按“常住人口城镇化率年均提高1个百分点以上”的评价着色");
        JsonNode data = JsonMapper.builder().build().readTree(between(html, "id=\"map-data\"", "</script>"));
        assertThat(data.get("indicator").asString()).isEqualTo("urbanisation_rate");
        List<RegionVerdict> stored = t13InPrefectures();
        assertThat(data.get("regions")).hasSize(14);
        for (JsonNode region : data.get("regions")) {
            RegionVerdict v = stored.stream()
                    .filter(s -> s.region().equals(region.get("code").asString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(region.get("verdict").asString())
                    .isEqualTo(v.verdict().verdict().verdictClass().code());
            assertThat(region.get("verdictLabel").asString())
                    .isEqualTo(v.verdict().verdict().verdictClass().label().zh());
            assertThat(region.get("basis").asString()).isEqualTo(v.basisLabel().zh());
        }
        // the legend in words
        assertThat(html).contains("class=\"legend-verdicts\"").contains(">数据不足</span>", ">滞后</span>");
        // without a target, the first target on the indicator that prefectures are judged on
        String byIndicator =
                anonymous().page("/map?by=verdict&indicator=urbanisation_rate").body();
        assertThat(byIndicator).containsPattern("<option value=\"T13\" selected=\"selected\">");
        // colouring by value is as before: no target
        String byValue = anonymous().page("/map?indicator=urbanisation_rate").body();
        assertThat(byValue).contains("data-by=\"value\"").doesNotContain("id=\"map-target\"");
        assertThat(anonymous().page("/map?by=verdict&target=T99").statusCode()).isEqualTo(404);
    }

    @Test
    void aRegionPageListsItsTargetsWithTheirVerdictsAndBasis() {
        HttpResponse<String> r = anonymous().page("/regions/430200?lang=zh-CN");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        assertThat(html).contains("id=\"region-verdicts\"", "data-target=\"T13\"", "data-target=\"T19\"");
        assertThat(text(html)).contains("常住人口城镇化率年均提高1个百分点以上", "对标全省目标");
        assertThat(text(html)).doesNotContain("尚未接入");
        noCodesOrTimestamps("/regions/430200", html);
        // the province's page: its own targets, on their scope
        assertThat(text(anonymous().page("/regions/430000?lang=zh-CN").body())).contains("本级目标");
        assertThat(text(anonymous().english().page("/regions/430200?lang=en").body()))
                .contains("benchmarked against the province");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf('>', html.indexOf(start)) + 1;
        return html.substring(from, html.indexOf(end, from)).trim();
    }
}
