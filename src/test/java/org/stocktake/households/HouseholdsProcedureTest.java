package org.stocktake.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.PlatformTest;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.shared.LocalizedText;

/**
 * One case over HTTP, each step by its role: a department feed becomes a clue, the village cadre
 * verifies it through 入户核实, 承诺授权, 村民主评议 and 公示, the township reviews, the county office
 * decides (a new household), registers a measure; removal of that household is refused naming the
 * unmet condition; a household that meets every condition goes through removal and is cleared.
 */
class HouseholdsProcedureTest extends PlatformTest {

    static final String PASSWORD = "a-long-enough-password";
    static final String COUNTY = "430103";
    static final String RESIDENT = "439901198001011239";
    static final String READY = "430103001001-0001";
    static final String NEW = "430103001001-0009";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private Http token(String user) {
        return Http.token(port, accounts.issueToken(accounts.actorOf("admin"), user, "test"))
                .english();
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
        return r;
    }

    @Test
    void fromADepartmentClueToIdentificationAssistanceAndRemoval() {
        Actor admin = accounts.actorOf("admin");
        accounts.saveUnit(admin, new OrgUnit("HH-TX", new LocalizedText("天心区政府", "Tianxin"), "county", COUNTY));
        for (var u : Map.of("tx-village", Role.VILLAGE, "tx-township", Role.TOWNSHIP, "tx-county", Role.COUNTY)
                .entrySet()) {
            accounts.createUser(
                    admin,
                    new NewUser(
                            u.getKey(),
                            "测试用户" + (u.getKey().hashCode() & 0xffff),
                            null,
                            u.getValue(),
                            "HH-TX",
                            PASSWORD));
        }
        accounts.createUser(admin, new NewUser("tx-office", "测试督查员", null, Role.COORDINATOR, null, PASSWORD));
        Http village = token("tx-village");
        Http township = token("tx-township");
        Http county = token("tx-county");

        // 医保 reports 30,000 yuan self-paid for a resident outside monitoring, and 500 yuan (below the threshold) for
        // another
        String feed = "kind,id_number,county,amount_yuan\nmedical-self-pay," + RESIDENT + "," + COUNTY + ",30000\n"
                + "medical-self-pay,439901198505054566," + COUNTY + ",500\n";
        HttpResponse<String> screened = ok(token("tx-office")
                .upload(
                        "/api/v1/households/feeds",
                        "medical-self-pay.csv",
                        feed.getBytes(StandardCharsets.UTF_8),
                        Map.of(),
                        null));
        assertThat(screened.body()).contains("\"rows\":2", "\"residentClues\":1");

        HttpResponse<String> clues = ok(village.get("/api/v1/households/clues"));
        assertThat(clues.body()).contains("4399**********1239").doesNotContain(RESIDENT);
        long clue = number(clues.body(), "id");
        long procedure = number(
                ok(village.json("POST", "/api/v1/households/clues/" + clue + "/identification", ""))
                        .body(),
                "procedure");

        String step = "/api/v1/households/procedures/" + procedure + "/step";
        assertThat(township.json("POST", step, "{\"document\":\"visit\"}").statusCode())
                .as("入户核实 is the village cadre's")
                .isEqualTo(403);
        for (String doc : new String[] {"入户核实记录", "承诺授权书", "村民主评议记录", "公示"}) {
            ok(village.json("POST", step, "{\"document\":\"" + doc + "\"}"));
        }
        assertThat(village.json("POST", step, "{\"document\":\"x\"}").statusCode())
                .as("乡镇审核 is the township's")
                .isEqualTo(403);
        ok(township.json("POST", step, "{\"document\":\"乡镇审核意见\"}"));
        HttpResponse<String> decided = ok(county.json(
                "POST",
                step,
                "{\"document\":\"县审定\",\"code\":\"" + NEW
                        + "\",\"villageCode\":\"430103001001\",\"villageName\":\"模拟村三\","
                        + "\"category\":\"sudden\"}"));
        assertThat(decided.body()).contains("\"outcome\":\"identified\"", "\"light\":\"none\"");
        assertThat(ok(village.get("/api/v1/households/clues")).body()).contains("\"result\":\"identified\"");

        ok(county.json("POST", "/api/v1/households/" + NEW + "/measures", "{\"type\":\"health\"}"));
        assertThat(ok(county.get("/api/v1/households/" + NEW)).body()).contains("\"measures\":[\"health\"]", RESIDENT);

        HttpResponse<String> refused = village.json("POST", "/api/v1/households/" + NEW + "/removal", "");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("fewer than six months since identification")
                .contains("per-capita net income not above the line");

        ok(county.upload(
                "/api/v1/households/import",
                "ready.xlsx",
                Extracts.ready(COUNTY, READY, "439901197003037892", "439901198505054566")
                        .bytes(),
                Map.of(),
                null));
        long removal = number(
                ok(village.json("POST", "/api/v1/households/" + READY + "/removal", ""))
                        .body(),
                "procedure");
        String rstep = "/api/v1/households/procedures/" + removal + "/step";
        ok(village.json("POST", rstep, "{\"document\":\"入户核查\"}"));
        ok(village.json("POST", rstep, "{\"document\":\"村评议公示\"}"));
        ok(township.json("POST", rstep, "{\"document\":\"乡镇审核\"}"));
        assertThat(ok(county.json("POST", rstep, "{\"document\":\"县审定公告\"}")).body())
                .contains("\"outcome\":\"cleared\"");
        assertThat(ok(village.get("/api/v1/households/" + READY)).body()).doesNotContain("\"clearedOn\":null");
        assertThat(ok(village.get("/api/v1/households/procedures")).body()).contains("\"kind\":\"removal\"");
    }
}
