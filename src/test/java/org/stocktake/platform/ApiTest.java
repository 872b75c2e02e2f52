package org.stocktake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.PlatformTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over the Hunan data set, through real HTTP on a running server. */
class ApiTest extends PlatformTest {

    @LocalServerPort
    int port;

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .contains("json");
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void regionsAreTheProvinceItsPrefecturesAndCounties() throws Exception {
        JsonNode regions = get("/api/v1/regions");
        assertThat(regions.size()).isEqualTo(137);
        assertThat(get("/api/v1/regions?level=prefecture").size()).isEqualTo(14);
        assertThat(get("/api/v1/regions?level=county").size()).isEqualTo(122);
        assertThat(regions.get(0).get("name").get("zh").asString()).isEqualTo("湖南省");
    }

    @Test
    void theQuantitativeTargetsCarryTheirExactValues() throws Exception {
        JsonNode targets = get("/api/v1/targets");
        Map<String, String> expected = Map.of(
                "manufacturing_va_share_gdp", "30",
                "digital_economy_core_share_gdp", "11",
                "industrial_investment_share_fai", "61.5",
                "rd_expenditure", "12",
                "high_value_invention_patents_per_10k", "4",
                "urbanisation_rate", "1",
                "forest_coverage", "59",
                "trade_dependency", "15");
        for (var e : expected.entrySet()) {
            List<JsonNode> matching = targets.valueStream()
                    .filter(t -> e.getKey().equals(t.path("indicator").asString(""))
                            && t.path("targetYear").asInt() == 2025)
                    .toList();
            assertThat(matching).as(e.getKey()).hasSize(1);
            assertThat(matching.get(0).get("value").decimalValue())
                    .isEqualByComparingTo(new java.math.BigDecimal(e.getValue()));
        }
    }

    @Test
    void publishedStatisticsKeepTheirSources() throws Exception {
        JsonNode gdp = get("/api/v1/observations?indicator=gdp&region=430000");
        assertThat(gdp.size()).isEqualTo(7);
        JsonNode y2020 = gdp.valueStream()
                .filter(o -> o.get("period").asString().equals("2020"))
                .findFirst()
                .orElseThrow();
        assertThat(y2020.get("value").decimalValue()).isEqualByComparingTo("41781.49");
        assertThat(y2020.get("source").asString()).contains("2021-01-19");
    }

    @Test
    void plansAndIndicatorsAreListed() throws Exception {
        JsonNode plans = get("/api/v1/plans");
        assertThat(plans.size()).isEqualTo(1);
        assertThat(plans.get(0).get("code").asString()).isEqualTo("hunan-central-2021");
        assertThat(plans.get(0).get("articles").asInt()).isEqualTo(25);
        assertThat(get("/api/v1/indicators")
                        .valueStream()
                        .map(i -> i.get("code").asString()))
                .contains("gdp", "forest_coverage", "trade_dependency");
        assertThat(get("/api/v1/regions/groups")
                        .valueStream()
                        .map(g -> g.get("code").asString()))
                .contains("CZT");
    }
}
