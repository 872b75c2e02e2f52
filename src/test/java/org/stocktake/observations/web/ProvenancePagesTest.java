package org.stocktake.observations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.Role;
import org.stocktake.observations.Observation;
import org.stocktake.observations.ObservationService;

/**
 * Provenance over real HTTP: indicator pages and the data API show each published value's source,
 * quote and reliability class, mark derived values and class C values waiting for confirmation;
 * confirming a class C value (API or page button) is refused to those who may not, audited, and
 * makes the value count in the reads verdicts use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvenancePagesTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    ObservationService observations;

    @Autowired
    AuditService audit;

    private Actor coordinator;
    private Actor csHead;
    private Actor csLiaison;
    private Actor zzHead;
    private Actor viewer;

    @BeforeAll
    void users() {
        String cs = unit("cs-prov", "prefecture", "430100");
        String zz = unit("zz-prov", "prefecture", "430200");
        coordinator = user("prov-co", Role.COORDINATOR, null);
        csHead = user("prov-csh", Role.HEAD, cs);
        csLiaison = user("prov-csl", Role.LIAISON, cs);
        zzHead = user("prov-zzh", Role.HEAD, zz);
        viewer = user("prov-v", Role.VIEWER, null);
    }

    private Http api(Actor who) {
        return Http.token(port, accounts.issueToken(admin(), who.username(), "test"));
    }

    private Http pages(Actor who) {
        accounts.changePassword(who.username(), PASSWORD, PASSWORD + "!");
        return Http.session(port, who.username(), PASSWORD + "!");
    }

    private static String step(String indicator, String region, String period, String reason) {
        return "{\"indicator\":\"" + indicator + "\",\"region\":\"" + region + "\",\"period\":\"" + period
                + "\",\"reason\":\"" + reason + "\"}";
    }

    private boolean usable(String indicator, String region, String period) {
        return observations.find(indicator, region).stream()
                .map(Observation::period)
                .anyMatch(period::equals);
    }

    @Test
    void theIndicatorPageShowsSourceQuoteAndClassInWords() {
        String zh = Http.anonymous(port).page("/indicators/gdp?region=430100").body();
        assertThat(zh)
                .contains("長沙市:13966.11億元")
                .contains("content-farm list of 2022 prefecture GDP")
                .contains("C 聚合网站转载，待核实")
                .contains("未核实，不参与评价")
                .contains("action=\"/data/confirm\"")
                .doesNotContain("data.reliability")
                .doesNotContain("data.provenance");
        String en = Http.anonymous(port)
                .english()
                .page("/indicators/gdp?region=430100")
                .body();
        assertThat(en).contains("C aggregator copy, to be checked").contains("not confirmed, used by no verdict");

        String urbanisation =
                Http.anonymous(port).page("/indicators/urbanisation_rate").body();
        assertThat(urbanisation)
                .contains("推算")
                .contains("62.07 − 0.91 = 61.16")
                .contains("B 官方口径（媒体转载）")
                .contains("城镇化率62.07%,比上年末提高0.91个百分点");
        assertThat(Http.anonymous(port)
                        .page("/indicators/invention_patents_per_10k_effective?region=430100")
                        .body())
                .contains("A 官方发布");
    }

    @Test
    void theDataApiCarriesTheProvenance() {
        String json = Http.anonymous(port)
                .get("/api/v1/observations?indicator=gdp&region=430200")
                .body();
        assertThat(json)
                .contains("\"quote\":\"株洲市:3616.81億元\"")
                .contains("\"reliability\":\"C\"")
                .contains("\"usable\":false")
                .contains("\"derived\":false");
        assertThat(Http.anonymous(port)
                        .get("/api/v1/observations?indicator=urbanisation_rate&region=430000")
                        .body())
                .contains("\"derived\":true")
                .contains("62.07 − 0.91 = 61.16");
    }

    @Test
    void bothPublishedValuesOfTrade2021AreInItsHistory() {
        HttpResponse<String> history =
                api(coordinator).get("/api/v1/observations/history?indicator=trade_total&region=430000&period=2021");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("\"value\":5988.5").contains("\"value\":5972.8");

        String page = pages(coordinator)
                .get("/data/history?indicator=trade_total&region=430000&period=2021")
                .body();
        assertThat(page)
                .contains("5988.5")
                .contains("5972.8")
                .contains("C 聚合网站转载，待核实")
                .contains("未分级");
        String indicator = Http.anonymous(port).page("/indicators/trade_total").body();
        String item = indicator.substring(indicator.indexOf("id=\"source-2021\""));
        assertThat(item.substring(0, item.indexOf("</li>")))
                .contains("5972.8")
                .contains("未核实，不参与评价")
                .contains("核实前评价沿用此前发布的 5988.5");
    }

    @Test
    void confirmationIsRefusedToThoseWhoMayNotInTheirLanguage() {
        String body = step("resident_population", "430200", "2021", "checked");
        String path = "/api/v1/observations/confirm";

        HttpResponse<String> viewerZh = api(viewer).json("POST", path, body);
        assertThat(viewerZh.statusCode()).isEqualTo(403);
        assertThat(viewerZh.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(viewerZh.body()).contains("核实区划 430200 的 C 类数据");
        HttpResponse<String> viewerEn = api(viewer).english().json("POST", path, body);
        assertThat(viewerEn.statusCode()).isEqualTo(403);
        assertThat(viewerEn.body()).contains("confirm class C data for region 430200");
        assertThat(api(csLiaison).json("POST", path, body).statusCode()).isEqualTo(403);
        assertThat(api(csHead).json("POST", path, body).statusCode()).isEqualTo(403);
        assertThat(Http.anonymous(port).json("POST", path, body).statusCode()).isIn(401, 403);

        assertThat(usable("resident_population", "430200", "2021")).isFalse();
        assertThat(audit.find("observation", "resident_population/430200/2021", null))
                .isEmpty();
    }

    @Test
    void aValueThatIsNotClassCCannotBeConfirmed() {
        HttpResponse<String> answer = api(coordinator)
                .english()
                .json("POST", "/api/v1/observations/confirm", step("gdp", "430000", "2021", "checked"));

        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(answer.body()).contains("is not class C").doesNotContain("Exception");
    }

    @Test
    void aConfirmedValueCountsInVerdictReadsAndTheConfirmationIsAudited() {
        assertThat(usable("gdp", "430100", "2022")).isFalse();

        HttpResponse<String> answer = api(coordinator)
                .json(
                        "POST",
                        "/api/v1/observations/confirm",
                        step("gdp", "430100", "2022", "长沙市2022年统计公报 tjj.changsha.gov.cn"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"confirmedBy\":\"" + coordinator.username() + "\"");
        assertThat(usable("gdp", "430100", "2022")).isTrue();
        assertThat(audit.find("observation", "gdp/430100/2022", coordinator.username()))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("confirm"));
        awaitListeners();
        String page = Http.anonymous(port).page("/indicators/gdp?region=430100").body();
        String item = page.substring(page.indexOf("id=\"source-2022\""));
        item = item.substring(0, item.indexOf("</li>"));
        assertThat(item).contains("已由 " + coordinator.username()).doesNotContain("未核实");
    }

    @Test
    void aHeadConfirmsTheirRegionsValueWithThePageButton() {
        Http head = pages(csHead);
        assertThat(usable("urbanisation_rate", "430100", "2021")).isFalse();

        HttpResponse<String> posted = head.form(
                "/data/confirm",
                Map.of(
                        "indicator", "urbanisation_rate",
                        "region", "430100",
                        "period", "2021",
                        "reason", "长沙市2021年统计公报"),
                "/indicators/urbanisation_rate?region=430100");

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse(""))
                .contains("/indicators/urbanisation_rate?region=430100#source-2021");
        assertThat(usable("urbanisation_rate", "430100", "2021")).isTrue();

        HttpResponse<String> refused = pages(zzHead)
                .form(
                        "/data/confirm",
                        Map.of("indicator", "urbanisation_rate", "region", "430100", "period", "2019", "reason", "x"),
                        "/indicators/urbanisation_rate?region=430100");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("430100").doesNotContain("Exception");
        assertThat(usable("urbanisation_rate", "430100", "2019")).isFalse();
    }
}
