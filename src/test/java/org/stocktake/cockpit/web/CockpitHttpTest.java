package org.stocktake.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.PlatformTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The cockpit pages and their data over real HTTP: pages answer, downloads match the JSON API. */
class CockpitHttpTest extends PlatformTest {

    static final List<String> PAGES = List.of(
            "/cockpit",
            "/map",
            "/map?indicator=gdp&period=2024&group=CZT",
            "/map?indicator=urbanisation_rate&by=verdict&group=CZT",
            "/rankings",
            "/rankings?indicator=gdp&period=2024",
            "/regions/430100",
            "/regions/430000",
            "/regions/431100",
            "/regions/430102",
            "/regions/compare?a=430100&b=430200",
            "/indicators/gdp",
            "/indicators/forest_coverage",
            "/indicators/resident_population?region=430100",
            "/indicators/rd_expenditure",
            "/indicators/urbanisation_rate");

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = fetch(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }

    @Test
    void everyCockpitPageAnswersInBothLanguages() throws Exception {
        for (String lang : List.of("zh-CN", "en")) {
            for (String page : PAGES) {
                String path = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
                HttpResponse<byte[]> r = fetch(path);
                assertThat(r.statusCode())
                        .as(path + ": " + new String(r.body(), StandardCharsets.UTF_8))
                        .isEqualTo(200);
                assertThat(new String(r.body(), StandardCharsets.UTF_8))
                        .as(path)
                        .contains("<h1");
            }
        }
    }

    @Test
    void unknownRegionsAndIndicatorsAreProblems() throws Exception {
        assertThat(fetch("/regions/999999").statusCode()).isEqualTo(404);
        assertThat(fetch("/indicators/nope").statusCode()).isEqualTo(404);
        assertThat(fetch("/api/v1/indicators/nope/series").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdp", "forest_coverage", "urbanisation_rate", "resident_population?region=430100"})
    void theCsvDownloadHoldsTheRowsOfTheApi(String query) throws Exception {
        String[] parts = query.split("\\?");
        String suffix = parts.length > 1 ? "?" + parts[1] : "";
        JsonNode rows =
                json("/api/v1/indicators/" + parts[0] + "/series" + suffix).get("rows");
        HttpResponse<byte[]> csv = fetch("/indicators/" + parts[0] + "/data.csv" + suffix);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("attachment");
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records).hasSize(rows.size()).isNotEmpty();
        for (int i = 0; i < records.size(); i++) {
            for (String column : SeriesRow.HEADER) {
                String cell = records.get(i).get(column);
                JsonNode expected = rows.get(i).get(column);
                if (expected.isNull()) {
                    assertThat(cell).as(query + " row " + i + " " + column).isEmpty();
                } else {
                    assertThat(Double.parseDouble(cell))
                            .as(query + " row " + i + " " + column)
                            .isEqualTo(expected.asDouble());
                }
            }
        }
    }

    @Test
    void theXlsxDownloadHoldsTheRowsOfTheApi() throws Exception {
        JsonNode rows = json("/api/v1/indicators/forest_coverage/series").get("rows");
        HttpResponse<byte[]> xlsx = fetch("/indicators/forest_coverage/data.xlsx");
        assertThat(xlsx.headers().firstValue("Content-Type")).get().asString().contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(i + 1);
                for (int c = 0; c < SeriesRow.HEADER.length; c++) {
                    Cell cell = row.getCell(c);
                    JsonNode expected = rows.get(i).get(SeriesRow.HEADER[c]);
                    if (expected.isNull()) {
                        assertThat(cell)
                                .as("row " + i + " " + SeriesRow.HEADER[c])
                                .isNull();
                    } else {
                        assertThat(cell.getNumericCellValue()).isEqualTo(expected.asDouble());
                    }
                }
            }
        }
    }

    @Test
    void forestCoverageShowsItsBreakAndTheTargetLine() throws Exception {
        JsonNode s = json("/api/v1/indicators/forest_coverage/series");
        assertThat(s.get("breaks").get(0).asInt()).isEqualTo(2024);
        assertThat(s.get("target").get("endValue").asDouble()).isEqualTo(59.0);
        List<Integer> observedYears = new ArrayList<>();
        s.get("rows").forEach(r -> {
            // the published years; tests sharing this database may add later ones
            if (!r.get("observed").isNull() && r.get("year").asInt() <= 2024) {
                observedYears.add(r.get("year").asInt());
            }
        });
        assertThat(observedYears).containsExactly(2018, 2020, 2021, 2022, 2024);
    }

    @Test
    void theMapApiRanksPrefecturesWithTiesAndGaps() throws Exception {
        JsonNode map = json("/api/v1/map?indicator=gdp&period=2024");
        assertThat(map.get("regions").size()).isEqualTo(14);
        JsonNode changsha = map.get("regions")
                .valueStream()
                .filter(r -> r.get("code").asString().equals("430100"))
                .findFirst()
                .orElseThrow();
        assertThat(changsha.get("rank").asInt()).isEqualTo(1);
        assertThat(changsha.get("value").asDouble()).isEqualTo(15268.78);
        long gaps = map.get("regions")
                .valueStream()
                .filter(r -> r.get("value").isNull())
                .count();
        assertThat(gaps).isEqualTo(3);
        assertThat(map.get("regions")
                        .valueStream()
                        .filter(r -> r.get("value").isNull())
                        .allMatch(r -> r.get("rank").isNull()))
                .isTrue();
    }
}
