package org.stocktake.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.stocktake.Http;
import org.stocktake.PlatformTest;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.shared.LocalizedText;

/**
 * Nothing personal above the county: every endpoint of the module (found from the running
 * application, so a new one is covered too), as page and API, called by a prefecture and a province
 * user, returns no ID number, phone number or household code, masked or not. A village cadre sees
 * masked numbers, the county office the numbers themselves, and each view is in the audit log.
 * Import: an extract with errors writes nothing and lists each problem; a re-import appends nothing.
 */
class HouseholdsPrivacyTest extends PlatformTest {

    static final String PASSWORD = "a-long-enough-password";
    static final String NEW_PASSWORD = "another-long-enough-password";
    static final String H1 = "430102001001-0001";
    static final List<String> PERSONAL = List.of(
            "439901199001010011",
            "4399**********0011",
            "439901201006150021",
            "4399**********0021",
            "11010519491231002X",
            "1101**********002X",
            "13800001234",
            "1380***1234",
            "13900005678",
            "1390***5678",
            H1,
            "430102001001-0002");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static boolean ready;

    @BeforeEach
    void users() {
        if (ready) {
            return;
        }
        Actor admin = accounts.actorOf("admin");
        accounts.saveUnit(admin, new OrgUnit("HH-FR", new LocalizedText("芙蓉区政府", "Furong"), "county", "430102"));
        accounts.saveUnit(admin, new OrgUnit("HH-CS", new LocalizedText("长沙市政府", "Changsha"), "prefecture", "430100"));
        user(admin, "hh-county", Role.COUNTY, "HH-FR");
        user(admin, "hh-village", Role.VILLAGE, "HH-FR");
        user(admin, "hh-prefecture", Role.LIAISON, "HH-CS");
        user(admin, "hh-prefecture-head", Role.HEAD, "HH-CS");
        user(admin, "hh-province", Role.COORDINATOR, null);
        user(admin, "hh-leader", Role.LEADER, null);
        HttpResponse<String> imported = token("hh-county")
                .upload(
                        "/api/v1/households/import",
                        "extract.xlsx",
                        Extracts.sample().bytes(),
                        Map.of(),
                        null);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"added\":2");
        ready = true;
    }

    private void user(Actor admin, String name, Role role, String unit) {
        accounts.createUser(admin, new NewUser(name, "测试用户" + (name.hashCode() & 0xffff), null, role, unit, PASSWORD));
        accounts.changePassword(name, PASSWORD, NEW_PASSWORD);
    }

    private Http token(String user) {
        return Http.token(port, accounts.issueToken(accounts.actorOf("admin"), user, "test"));
    }

    /** Every GET and POST path of the module, with {code} filled in. */
    private List<String[]> endpoints() {
        List<String[]> out = new ArrayList<>();
        mappings.getHandlerMethods()
                .forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod handler) -> {
                    if (!handler.getBeanType().getPackageName().startsWith("org.stocktake.households")) {
                        return;
                    }
                    for (String pattern : info.getPatternValues()) {
                        String path = pattern.replace("{code}", H1).replace("{id}", "1");
                        var methods = info.getMethodsCondition().getMethods();
                        String method = methods.contains(RequestMethod.POST) ? "POST" : "GET";
                        out.add(new String[] {method, path});
                    }
                });
        return out;
    }

    @Test
    void aboveTheCountyNoEndpointGivesAPersonalField() {
        List<String[]> endpoints = endpoints();
        assertThat(endpoints)
                .extracting(e -> e[1])
                .contains(
                        "/households",
                        "/households/{code}".replace("{code}", H1),
                        "/api/v1/households",
                        "/api/v1/households/export",
                        "/api/v1/households/import");
        for (String user : List.of("hh-prefecture", "hh-prefecture-head", "hh-province", "hh-leader")) {
            Http api = token(user);
            Http pages = Http.session(port, user, NEW_PASSWORD);
            for (String[] e : endpoints) {
                HttpResponse<String> r;
                if (e[0].equals("POST")) {
                    r = api.upload(e[1], "extract.xlsx", Extracts.sample().bytes(), Map.of(), null);
                } else {
                    r = e[1].startsWith("/api/") ? api.get(e[1]) : pages.page(e[1]);
                }
                String what = user + " " + e[0] + " " + e[1] + " → " + r.statusCode();
                assertThat(r.statusCode()).as(what).isNotEqualTo(500);
                // the request's own path (echoed as a problem's instance) is what the caller sent, not an answer
                String answer = r.body().replace(e[1], "");
                for (String personal : PERSONAL) {
                    assertThat(answer).as(what).doesNotContain(personal);
                }
                if (r.statusCode() == 200) {
                    assertThat(r.headers().firstValue("Content-Type").orElse(""))
                            .as(what + ": only text answers")
                            .containsAnyOf("json", "html");
                }
            }
        }
        HttpResponse<String> figures = token("hh-province").get("/api/v1/households/figures?region=430000");
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body()).contains("\"region\":\"430102\"").contains("\"monitored\":2");
        assertThat(token("hh-prefecture")
                        .get("/api/v1/households/figures?region=430100")
                        .statusCode())
                .isEqualTo(200);
        assertThat(token("hh-prefecture")
                        .get("/api/v1/households/figures?region=430200")
                        .statusCode())
                .as("another prefecture")
                .isEqualTo(403);
    }

    @Test
    void theVillageSeesMaskedNumbersTheCountyOfficeTheNumbersAndEachViewIsAudited() {
        long before = audited();
        HttpResponse<String> village = token("hh-village").get("/api/v1/households/" + H1);
        assertThat(village.statusCode()).isEqualTo(200);
        assertThat(village.body()).contains("4399**********0011", "1380***1234").doesNotContain("439901199001010011");
        HttpResponse<String> page =
                Http.session(port, "hh-village", NEW_PASSWORD).page("/households/" + H1);
        assertThat(page.body()).contains("4399**********0011").doesNotContain("439901199001010011", "13800001234");
        HttpResponse<String> county = token("hh-county").get("/api/v1/households/" + H1);
        assertThat(county.body()).contains("439901199001010011", "13800001234");
        assertThat(audited()).isEqualTo(before + 3);
        assertThat(jdbc.sql(
                                "select count(*) from households_member where encode(id_cipher, 'escape') like '%4399011990%'")
                        .query(Long.class)
                        .single())
                .as("stored encrypted")
                .isZero();
    }

    private long audited() {
        return jdbc.sql(
                        "select count(*) from accounts_audit where entity = 'household' and action like 'view-personal%'")
                .query(Long.class)
                .single();
    }

    @Test
    void anExtractWithErrorsWritesNothingAndReImportAppendsNothing() {
        long households = count("households_household");
        long history = count("households_history");
        Extracts bad = Extracts.sample()
                .household("430102001001-0003", "430102", "模拟村一", "边缘户", "2025-13-01", "", false, "")
                .row("家庭成员", "430102001001-0003", "户主", "439901199001010012", "", "普通劳动力", "非在校生", "是", "是");
        HttpResponse<String> refused = token("hh-county")
                .english()
                .upload("/api/v1/households/import", "bad.xlsx", bad.bytes(), Map.of(), null);
        assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
        assertThat(refused.body())
                .contains("工作表“户信息”第 4 行 E 列")
                .contains("工作表“户信息”第 4 行 F 列")
                .contains("工作表“家庭成员”第 5 行 C 列")
                .contains("check character");
        assertThat(count("households_household")).isEqualTo(households);
        HttpResponse<String> again = token("hh-county")
                .upload(
                        "/api/v1/households/import",
                        "extract.xlsx",
                        Extracts.sample().bytes(),
                        Map.of(),
                        null);
        assertThat(again.body()).contains("\"added\":0", "\"changed\":0", "\"unchanged\":2");
        assertThat(count("households_household")).isEqualTo(households);
        assertThat(count("households_history")).isEqualTo(history);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
