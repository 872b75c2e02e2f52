package org.stocktake.observations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;

/**
 * The attacks on observation data from issue 9, over real HTTP (pages with a session and CSRF,
 * the API with tokens): another region's values written through SDMX columns or a trusted preview,
 * unapproved values and histories read without scope, approving one's own value, formula cells in
 * exports, numbers that are not finite, files in other encodings, uploads left on disk.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataSecurityTest extends SupervisionTest {

    private static final String PLAIN = "indicator,region,period,value,unit,source,flags\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.stocktake.observations.ObservationService observations;

    private Actor csLiaison;
    private Actor csHead;
    private Actor csHead2;
    private Actor zzLiaison;
    private Actor viewer;
    private Actor coordinator;

    @BeforeAll
    void users() {
        String cs = unit("cs-data", "prefecture", "430100");
        String zz = unit("zz-data", "prefecture", "430200");
        csLiaison = user("csl", Role.LIAISON, cs);
        csHead = user("csh", Role.HEAD, cs);
        csHead2 = user("csh2", Role.HEAD, cs);
        zzLiaison = user("zzl", Role.LIAISON, zz);
        viewer = user("v", Role.VIEWER, null);
        coordinator = user("co", Role.COORDINATOR, null);
    }

    private Http api(Actor who) {
        return Http.token(port, accounts.issueToken(admin(), who.username(), "test"))
                .english();
    }

    private final Map<String, Http> sessions = new java.util.HashMap<>();

    private Http pages(Actor who) {
        return sessions.computeIfAbsent(who.username(), name -> {
            accounts.changePassword(name, PASSWORD, PASSWORD + "!");
            return Http.session(port, name, PASSWORD + "!").english();
        });
    }

    private long revisions(String region) {
        return jdbc.sql("select count(*) from data_revision where region_code = :r")
                .param("r", region)
                .query(Long.class)
                .single();
    }

    private long allRows() {
        return jdbc.sql("select (select count(*) from data_revision) + (select count(*) from data_import)")
                .query(Long.class)
                .single();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> apiImport(Actor who, String name, byte[] content, String status) {
        return api(who).upload("/api/v1/imports", name, content, Map.of("status", status), null);
    }

    private static String uploadId(String page) {
        Matcher m = Pattern.compile("name=\"upload\" value=\"([^\"]+)\"").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    private Path uploads() {
        return Path.of(DATA_DIR, "uploads");
    }

    private long uploadsLeft() throws IOException {
        if (!Files.isDirectory(uploads())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(uploads())) {
            return files.count();
        }
    }

    /** Finding 2: SDMX columns naming another region, a commit that trusted the preview and the client's name. */
    @Test
    void aLiaisonCannotWriteAnotherRegionsValues() throws IOException {
        String attack =
                "indicator,region,period,value,REF_AREA,TIME_PERIOD,OBS_VALUE\ngdp,430100,2030,1,430200,2030,777\n";
        Http liaisonPages = pages(csLiaison);
        long zz = revisions("430200");
        long before = allRows();

        HttpResponse<String> preview =
                liaisonPages.upload("/data/import/preview", "a.sdmx.csv", utf8(attack), Map.of(), "/data/import");
        assertThat(preview.statusCode()).isEqualTo(422);
        assertThat(preview.body()).contains("SDMX").doesNotContain("name=\"upload\"");
        HttpResponse<String> direct = apiImport(csLiaison, "a.sdmx.csv", utf8(attack), "submitted");
        assertThat(direct.statusCode()).isEqualTo(422);

        HttpResponse<String> mixed = apiImport(
                csLiaison, "mixed.csv", utf8(PLAIN + "gdp,430102,2030,5,,s,\ngdp,430202,2030,6,,s,\n"), "submitted");
        assertThat(mixed.statusCode()).isEqualTo(422);
        assertThat(mixed.body())
                .contains("\"row\":3")
                .contains("\"column\":\"region\"")
                .contains("region 430202");

        // A preview of the liaison's own file, committed by another prefecture's liaison: checked again, refused.
        HttpResponse<String> own = liaisonPages.upload(
                "/data/import/preview", "own.csv", utf8(PLAIN + "gdp,430102,2030,5,,s,\n"), Map.of(), "/data/import");
        String id = uploadId(own.body());
        assertThat(id).isNotNull();
        HttpResponse<String> stolen = pages(zzLiaison)
                .form("/data/import/commit", Map.of("upload", id, "name", "a.sdmx.csv"), "/data/import");
        assertThat(stolen.statusCode()).isEqualTo(422);
        assertThat(stolen.body()).contains("region 430102").doesNotContain("id=\"result\"");
        assertThat(revisions("430200")).isEqualTo(zz);
        assertThat(allRows()).isEqualTo(before);
        assertThat(uploadsLeft()).isZero();

        // A viewer may not even upload: refused before the file is read.
        assertThat(apiImport(viewer, "v.csv", utf8(PLAIN + "gdp,430102,2030,5,,s,\n"), "submitted")
                        .statusCode())
                .isEqualTo(403);
        assertThat(apiImport(csLiaison, "approved.csv", utf8(PLAIN + "gdp,430102,2030,5,,s,\n"), "approved")
                        .statusCode())
                .isEqualTo(403);
        assertThat(allRows()).isEqualTo(before);
    }

    /** Finding 4: histories and unapproved values need a login whose scope covers the region. */
    @Test
    void historiesAndUnapprovedValuesAreNotPublic() {
        assertThat(apiImport(
                                csLiaison,
                                "draft.csv",
                                utf8(PLAIN + "gdp,430103,2032,4321.5,,unapproved source,\n"),
                                "submitted")
                        .statusCode())
                .isEqualTo(200);
        String history = "/api/v1/observations/history?indicator=gdp&region=430103&period=2032";

        HttpResponse<String> anonymous = Http.anonymous(port).english().get(history);
        assertThat(anonymous.statusCode()).isIn(401, 403);
        assertThat(anonymous.body()).doesNotContain("4321.5").doesNotContain(csLiaison.username());
        assertThat(api(viewer).get(history).statusCode()).isEqualTo(403);
        assertThat(api(zzLiaison).get(history).statusCode()).isEqualTo(403);
        assertThat(api(csHead).get(history).body()).contains("4321.5");

        HttpResponse<String> current = Http.anonymous(port).english().get("/api/v1/exports?current=true");
        assertThat(current.statusCode()).isIn(401, 403);
        assertThat(current.body()).doesNotContain("4321.5");
        assertThat(api(viewer).get("/api/v1/exports?current=true&region=430103").statusCode())
                .isEqualTo(403);
        HttpResponse<String> published = Http.anonymous(port).english().get("/api/v1/exports?region=430103");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).doesNotContain("4321.5");

        String scoped = api(zzLiaison).get("/api/v1/exports?current=true").body();
        assertThat(scoped).doesNotContain("4321.5").doesNotContain(",430103,");
        assertThat(api(csLiaison)
                        .get("/api/v1/exports?current=true&region=430103")
                        .body())
                .contains("4321.5");
        assertThat(pages(viewer)
                        .get("/data/history?indicator=gdp&region=430103&period=2032")
                        .statusCode())
                .isEqualTo(403);
    }

    /** Finding 10: nobody approves or returns a value they entered; refusals on /data/decide are 403 pages. */
    @Test
    void fourEyesAndDecisionRefusalsArePages() {
        assertThat(apiImport(csHead, "head.csv", utf8(PLAIN + "gdp,430104,2033,88.8,,head's own,\n"), "submitted")
                        .statusCode())
                .isEqualTo(200);
        String step = "{\"indicator\":\"gdp\",\"region\":\"430104\",\"period\":\"2033\",\"reason\":\"ok\"}";
        HttpResponse<String> own = api(csHead).json("POST", "/api/v1/observations/approve", step);
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("a second person must decide");
        assertThat(api(csHead).json("POST", "/api/v1/observations/return", step).statusCode())
                .isEqualTo(403);

        HttpResponse<String> page = pages(csHead)
                .form(
                        "/data/decide",
                        Map.of(
                                "indicator",
                                "gdp",
                                "region",
                                "430104",
                                "period",
                                "2033",
                                "decision",
                                "approve",
                                "reason",
                                "mine"),
                        "/data");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("second person");
        HttpResponse<String> liaison = pages(csLiaison)
                .form(
                        "/data/decide",
                        Map.of("indicator", "gdp", "region", "430104", "period", "2033", "decision", "approve"),
                        "/data");
        assertThat(liaison.statusCode()).isEqualTo(403);

        assertThat(api(csHead2)
                        .json("POST", "/api/v1/observations/approve", step)
                        .statusCode())
                .isEqualTo(200);
    }

    /** Finding 9: text cells that a spreadsheet would run as formulas are neutralised; numbers stay numbers. */
    @Test
    void exportsNeutraliseFormulaCells() {
        String file = PLAIN + """
                gdp,430111,2034,-3.5,,"=HYPERLINK(""http://example.org"",""x"")",
                gdp,430111,2035,12,,+1+1,
                gdp,430111,2036,13,,@SUM(A1),
                gdp,430111,2037,14,,-2 note,
                """;
        assertThat(apiImport(coordinator, "formulas.csv", utf8(file), "approved")
                        .statusCode())
                .isEqualTo(200);

        String csv = Http.anonymous(port)
                .english()
                .get("/api/v1/exports?region=430111&indicator=gdp")
                .body();
        assertThat(csv)
                .contains("gdp,430111,2034,-3.5,亿元,\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\"")
                .contains(",'+1+1,")
                .contains(",'@SUM(A1),")
                .contains(",'-2 note,");
        String sdmx = Http.anonymous(port)
                .english()
                .get("/api/v1/exports?format=sdmx&region=430111&indicator=gdp")
                .body();
        assertThat(sdmx)
                .contains(",gdp,430111,2034,-3.5,亿元,A,\"'=HYPERLINK")
                .contains(",A,'+1+1")
                .contains(",A,'@SUM(A1)")
                .contains(",A,'-2 note");
    }

    /** Finding 6: numbers are checked for syntax and range first; a non-finite value cannot be stored. */
    @Test
    void numbersMustBeFiniteAsciiDecimals() throws IOException {
        String[] bad = {"1e400", "-1e400", "1e99999", "１２", "5\u0000", "NaN", "Infinity", "0x1A", "1,5"};
        StringBuilder file = new StringBuilder(PLAIN);
        for (int i = 0; i < bad.length; i++) {
            file.append("gdp,430112,")
                    .append(2040 + i)
                    .append(",\"")
                    .append(bad[i])
                    .append("\",,s,\n");
        }
        file.append("gdp,430112,2050,").append("9".repeat(1_000_000)).append(",,s,\n");
        long before = allRows();

        HttpResponse<String> refused = apiImport(csLiaison, "numbers.csv", utf8(file.toString()), "submitted");

        assertThat(refused.statusCode()).isEqualTo(422);
        var errors = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(refused.body())
                .get("errors");
        assertThat(errors.size()).isEqualTo(bad.length + 1);
        for (int i = 0; i < errors.size(); i++) {
            assertThat(errors.get(i).get("row").asInt()).isEqualTo(i + 2);
            assertThat(errors.get(i).get("column").asString()).isEqualTo("value");
        }
        assertThat(refused.body()).contains("too long (1000000 characters");
        HttpResponse<String> huge = apiImport(
                csLiaison,
                "huge.csv",
                utf8(PLAIN + "gdp,430112,2052,1,,\"" + "x".repeat(5_000_000) + "\",\n"),
                "submitted");
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(huge.body()).contains("row 2 has a cell longer than 4000000 characters");
        assertThat(allRows()).isEqualTo(before);
        assertThat(uploadsLeft()).isZero();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into data_revision (indicator_code, region_code, period, revision, value, source, status, changed_by)
                values ('gdp', '430112', '2051', 1, 1e400, 's', 'approved', 'x')""").update()).hasMessageContaining("data_revision_value_finite");
    }

    /**
     * Finding 6: a non-finite value stored before the constraint existed (NOT VALID keeps old rows)
     * never reaches a page: the approved reads leave it out.
     */
    @Test
    void anOldNonFiniteValueNeverReachesAPage() {
        jdbc.sql("alter table data_revision drop constraint data_revision_value_finite")
                .update();
        try {
            jdbc.sql("""
                    insert into data_revision (indicator_code, region_code, period, revision, value, source, status, changed_by)
                    values ('gdp', '430200', '2030', 1, 1e400, 'old row', 'approved', 'x')""").update();
        } finally {
            jdbc.sql("""
                    alter table data_revision add constraint data_revision_value_finite
                        check (value <> 'NaN'::numeric and abs(value) < 1.7976931348623157e308) not valid""").update();
        }
        assertThat(observations.find("gdp", "430200"))
                .allMatch(o -> Double.isFinite(o.value().doubleValue()), "every approved value is finite");
        Http anonymous = Http.anonymous(port).english();
        for (String page : new String[] {
            "/rankings",
            "/regions/430200",
            "/regions/430100",
            "/api/v1/exports?region=430200",
            "/api/v1/exports?format=xlsx&region=430200"
        }) {
            HttpResponse<String> answer = anonymous.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.body()).as(page).doesNotContain("1" + "0".repeat(400));
        }
    }

    /** Finding 8: encodings detected or named; a fake workbook and traversal names are clean 4xx answers. */
    @Test
    void encodingsAreDetectedAndBadFilesAreNamedWithoutPaths() {
        Charset gbk = Charset.forName("GBK");
        HttpResponse<String> gb =
                apiImport(csLiaison, "gbk.csv", (PLAIN + "gdp,430121,2041,10,,长沙市统计局,\n").getBytes(gbk), "submitted");
        assertThat(gb.statusCode()).as(gb.body()).isEqualTo(200);
        assertThat(jdbc.sql("select source from data_revision where region_code = '430121' and period = '2041'")
                        .query(String.class)
                        .single())
                .isEqualTo("长沙市统计局");

        byte[] utf16 = ("\uFEFF" + PLAIN + "gdp,430121,2042,11,,湘潭,\n").getBytes(StandardCharsets.UTF_16LE);
        assertThat(apiImport(csLiaison, "utf16.csv", utf16, "submitted").statusCode())
                .isEqualTo(200);

        byte[] broken = utf8(PLAIN + "gdp,430121,2043,12,,ok,\ngdp,430121,2044,13,,bad \u00ff\u00fe,\n");
        broken[broken.length - 6] = (byte) 0xFF;
        broken[broken.length - 5] = (byte) 0x80;
        broken[broken.length - 4] = (byte) 0xFF;
        HttpResponse<String> invalid = apiImport(csLiaison, "../../x.csv", broken, "submitted");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body())
                .contains("row 3")
                .contains("neither UTF-8 nor GB18030")
                .doesNotContain("Input length")
                .doesNotContain("../")
                .doesNotContain("/tmp")
                .doesNotContain("uploads")
                .doesNotContain("it-tasks");

        HttpResponse<String> fake =
                apiImport(csLiaison, "book.xlsx", utf8(PLAIN + "gdp,430121,2045,1,,s,\n"), "submitted");
        assertThat(fake.statusCode()).isEqualTo(422);
        assertThat(fake.body()).contains("not an XLSX (OOXML) workbook");
        HttpResponse<String> page = pages(csLiaison)
                .upload(
                        "/data/import/preview",
                        "../../etc/x.xlsx",
                        new byte[] {'P', 'K', 3, 4, 1, 2, 3},
                        Map.of(),
                        "/data/import");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body())
                .contains("not a readable XLSX workbook")
                .doesNotContain("../")
                .doesNotContain("/tmp")
                .doesNotContain("Exception");
    }
}
