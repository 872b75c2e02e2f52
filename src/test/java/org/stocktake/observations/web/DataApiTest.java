package org.stocktake.observations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.PlatformTest;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The data API through real HTTP: multipart imports, refused files as problems, history, approval, export. */
class DataApiTest extends PlatformTest {

    private static final String BOUNDARY = "----stocktake-test-boundary";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> upload(String name, String csv, String status)
            throws IOException, InterruptedException {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\n" + status + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n";
        return http.send(
                HttpRequest.newBuilder(uri("/api/v1/imports"))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .header("Accept-Language", "en")
                        .header("Authorization", "Bearer " + token())
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Autowired
    AccountService accounts;

    private static String token;

    /** An API token of a coordinator (the data API's writes need one). */
    private String token() {
        if (token == null) {
            Actor admin = accounts.actorOf("admin");
            accounts.createUser(
                    admin,
                    new NewUser(
                            "data-api-coordinator",
                            "数据接口",
                            "data-api@example.org",
                            Role.COORDINATOR,
                            null,
                            "a-long-enough-password"));
            token = accounts.issueToken(admin, "data-api-coordinator", "test");
        }
        return token;
    }

    private static String checker;

    /** A second coordinator's token: nobody approves a value they imported (four eyes). */
    private String checker() {
        if (checker == null) {
            Actor admin = accounts.actorOf("admin");
            accounts.createUser(
                    admin,
                    new NewUser(
                            "data-api-checker",
                            "数据审核",
                            "data-check@example.org",
                            Role.COORDINATOR,
                            null,
                            "a-long-enough-password"));
            checker = accounts.issueToken(admin, "data-api-checker", "test");
        }
        return checker;
    }

    @Test
    void aLiaisonCannotWriteOrApproveAnotherRegionsData() throws Exception {
        Actor admin = accounts.actorOf("admin");
        accounts.saveUnit(
                admin,
                new org.stocktake.accounts.OrgUnit(
                        "U-CS-DATA",
                        new org.stocktake.shared.LocalizedText("长沙市数据单位", "Changsha data unit"),
                        "prefecture",
                        "430100"));
        accounts.createUser(
                admin,
                new NewUser(
                        "cs-liaison", "长沙联络员", "cs@example.org", Role.LIAISON, "U-CS-DATA", "a-long-enough-password"));
        String liaison = accounts.issueToken(admin, "cs-liaison", "test");
        for (String path : List.of("/api/v1/observations/submit", "/api/v1/observations/approve")) {
            HttpResponse<String> refused = http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + liaison)
                            .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                            "{\"indicator\":\"gdp\",\"region\":\"430600\",\"period\":\"2021\",\"reason\":\"x\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
        }
        HttpResponse<String> approveOwn = http.send(
                HttpRequest.newBuilder(uri("/api/v1/observations/approve"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + liaison)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"indicator\":\"gdp\",\"region\":\"430100\",\"period\":\"2021\",\"reason\":\"x\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(approveOwn.statusCode()).as("a liaison does not approve").isEqualTo(403);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void aRefusedImportIsAProblemListingEveryErrorWithRowAndColumn() throws Exception {
        HttpResponse<String> response = upload("bad.csv", """
                indicator,region,period,value
                gdp,430203,2021,abc
                nope,430203,2021,1
                """, "submitted");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .contains("problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("total").asInt()).isEqualTo(2);
        assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(problem.get("errors").get(0).get("column").asString()).isEqualTo("value");
        assertThat(problem.get("errors").get(1).get("column").asString()).isEqualTo("indicator");
        assertThat(problem.get("errors").get(1).get("en").asString()).contains("unknown indicator code 'nope'");
    }

    @Test
    void anImportedValueIsApprovedThroughTheApiAndExported() throws Exception {
        HttpResponse<String> imported = upload("good.csv", """
                indicator,region,period,value,source
                gdp,430204,2021,77.7,county bulletin
                """, "submitted");
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(json(imported).get("appended").asInt()).isEqualTo(1);

        HttpResponse<String> approved = http.send(
                HttpRequest.newBuilder(uri("/api/v1/observations/approve"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + checker())
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"indicator\":\"gdp\",\"region\":\"430204\",\"period\":\"2021\",\"reason\":\"checked\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(approved.statusCode()).isEqualTo(200);
        HttpResponse<String> again = http.send(
                HttpRequest.newBuilder(uri("/api/v1/observations/approve"))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "en")
                        .header("Authorization", "Bearer " + checker())
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"indicator\":\"gdp\",\"region\":\"430204\",\"period\":\"2021\",\"reason\":\"twice\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("is approved");

        JsonNode history = json(http.send(
                HttpRequest.newBuilder(uri("/api/v1/observations/history?indicator=gdp&region=430204&period=2021"))
                        .header("Authorization", "Bearer " + token())
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("changedBy").asString()).isEqualTo("data-api-coordinator");
        assertThat(history.get(1).get("status").asString()).isEqualTo("APPROVED");

        HttpResponse<String> export = http.send(
                HttpRequest.newBuilder(uri("/api/v1/exports?format=sdmx&region=430204"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body())
                .startsWith("DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE")
                .contains("gdp,430204,2021,77.7,亿元,A,county bulletin");
    }
}
