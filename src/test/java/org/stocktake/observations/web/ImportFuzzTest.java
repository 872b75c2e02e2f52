package org.stocktake.observations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of malformed import files, generated with a fixed seed (truncated, wrong headers, bad
 * numbers, huge cells, NUL bytes, wrong encodings, broken workbooks, SDMX mix-ups, duplicate keys,
 * other regions, …), posted as a logged-in liaison through the import API (and every fifth through
 * the import page): every answer is a 4xx, a problem in a row names the row and the column, no
 * answer shows a server path or a Java class, and nothing is written.
 */
class ImportFuzzTest extends SupervisionTest {

    private static final long SEED = 20_260_930L;
    private static final int CASES = 330;
    private static final String HEADER = "indicator,region,period,value,unit,source,flags";
    private static final String[] OWN = {"430102", "430103", "430104", "430105", "430111", "430112", "430121", "430181"
    };
    private static final String[] BAD_NUMBERS = {
        "1e400",
        "-1e400",
        "1e99999",
        "-1e99999",
        "１２",
        "5\u0000",
        "NaN",
        "nan",
        "Infinity",
        "-Infinity",
        "inf",
        "0x1F",
        "0X10",
        "1,5",
        "1.2.3",
        "--1",
        "+-1",
        "1e",
        "e5",
        ".",
        "+",
        "-",
        "１",
        "\u0663",
        "1_000",
        "12abc",
        "1e+",
        "1.5e-",
        "٣٤",
        "1 000",
        "1e1e1",
        "0b101",
        "1d",
        "1f",
        "1L",
        "+.e1",
        "1e-400",
        "4.9e-330",
        "1e2147483648",
        "9".repeat(101)
    };
    private static final String[] BAD_PERIODS = {"2021Q5", "1800", "2021-13", "abc", "2021-Q5", "21", "2021/07", "２０２１"
    };

    /** One malformed file, and whether its problem is in a data row (so the answer must name row and column). */
    @SuppressWarnings("ArrayRecordComponent") // the file's bytes, uploaded once, never compared
    private record Case(String kind, String name, byte[] content, boolean inRow) {}

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyMalformedFileIsRefusedWithRowAndColumnAndWritesNothing() throws IOException {
        String unit = unit("fuzz", "prefecture", "430100");
        Actor liaison = user("fuzz-liaison", Role.LIAISON, unit);
        accounts.changePassword(liaison.username(), PASSWORD, PASSWORD + "!");
        Http api = Http.token(port, accounts.issueToken(admin(), liaison.username(), "fuzz"))
                .english();
        Http pages = Http.session(port, liaison.username(), PASSWORD + "!").english();
        List<Case> corpus = corpus(new Random(SEED));
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        long before = written();
        String serverDir = Path.of("").toAbsolutePath().toString();

        for (int i = 0; i < corpus.size(); i++) {
            Case c = corpus.get(i);
            String what = "case " + i + " (" + c.kind() + ")";
            HttpResponse<String> answer = api.upload("/api/v1/imports", c.name(), c.content(), Map.of(), null);
            assertThat(answer.statusCode()).as(what + ": " + answer.body()).isBetween(400, 499);
            assertNoInternals(answer.body(), serverDir, what);
            if (c.inRow()) {
                JsonNode errors = json.readTree(answer.body()).get("errors");
                assertThat(errors).as(what + ": " + answer.body()).isNotNull();
                boolean named = false;
                for (JsonNode e : errors) {
                    named |= e.get("row").asLong() > 1
                            && !e.get("column").asString().isEmpty();
                }
                assertThat(named)
                        .as(what + " names a row and a column: " + answer.body())
                        .isTrue();
            }
            if (i % 5 == 0) {
                HttpResponse<String> page =
                        pages.upload("/data/import/preview", c.name(), c.content(), Map.of(), "/data/import");
                assertThat(page.statusCode()).as(what + " (page)").isBetween(400, 499);
                assertNoInternals(page.body(), serverDir, what + " (page)");
            }
        }

        assertThat(written()).as("rows in data_revision and data_import").isEqualTo(before);
        assertThat(uploadsLeft()).as("uploaded files left on disk").isZero();
    }

    private static void assertNoInternals(String body, String serverDir, String what) {
        assertThat(body)
                .as(what)
                .doesNotContain(serverDir)
                .doesNotContain("/tmp/")
                .doesNotContain("it-tasks")
                .doesNotContain(".upload")
                .doesNotContain("Exception")
                .doesNotContain("java.")
                .doesNotContain("org.apache")
                .doesNotContain("Input length");
    }

    private long written() {
        return jdbc.sql("select (select count(*) from data_revision) + (select count(*) from data_import)")
                .query(Long.class)
                .single();
    }

    private static long uploadsLeft() throws IOException {
        Path dir = Path.of(DATA_DIR, "uploads");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    // ---- the corpus ----

    private List<Case> corpus(Random random) {
        List<Case> cases = new ArrayList<>();
        byte[] workbook = workbook(rows(random, 5), null);
        for (int i = 0; cases.size() < CASES; i++) {
            cases.add(
                    switch (i % 22) {
                        case 0 -> badNumber(random);
                        case 1 -> hugeCell(random);
                        case 2 -> nul(random);
                        case 3 -> otherRegion(random);
                        case 4 -> badCode(random);
                        case 5 -> duplicate(random);
                        case 6 -> wrongHeader(random);
                        case 7 -> truncated(random);
                        case 8 -> encoding(random);
                        case 9 -> brokenZip(random, workbook);
                        case 10 -> sdmx(random);
                        case 11 -> empty(random);
                        case 12 -> fakeWorkbook(random);
                        case 13 -> workbookWithBadCell(random);
                        case 14 -> garbage(random);
                        case 15 -> badPeriod(random);
                        case 16 -> badUnitOrFlag(random);
                        case 17 -> controlInText(random);
                        case 18 -> badNumber(random);
                        case 19 -> otherRegion(random);
                        case 20 -> traversalName(random);
                        default -> sdmx(random);
                    });
        }
        return cases;
    }

    /** Valid rows of the liaison's regions, each (region, period) once. */
    private static List<String[]> rows(Random random, int n) {
        List<String[]> rows = new ArrayList<>();
        int offset = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            rows.add(new String[] {
                "gdp",
                OWN[(i + offset) % OWN.length],
                Integer.toString(2021 + i / OWN.length),
                Integer.toString(random.nextInt(100_000)) + "." + random.nextInt(100),
                "",
                "fuzz",
                ""
            });
        }
        return rows;
    }

    private static String csv(List<String[]> rows) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (String[] r : rows) {
            for (int j = 0; j < r.length; j++) {
                b.append(j == 0 ? "" : ",")
                        .append('"')
                        .append(r[j].replace("\"", "\"\""))
                        .append('"');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static Case plain(String kind, List<String[]> rows, boolean inRow) {
        return new Case(kind, kind + ".csv", csv(rows).getBytes(StandardCharsets.UTF_8), inRow);
    }

    private static int pick(Random random, List<String[]> rows) {
        return random.nextInt(rows.size());
    }

    private static String any(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private Case badNumber(Random random) {
        List<String[]> rows = rows(random, 1 + random.nextInt(30));
        rows.get(pick(random, rows))[3] = any(random, BAD_NUMBERS);
        return plain("bad-number", rows, true);
    }

    private Case hugeCell(Random random) {
        List<String[]> rows = rows(random, 1 + random.nextInt(5));
        String[] row = rows.get(pick(random, rows));
        if (random.nextBoolean()) {
            row[3] = "1" + "0".repeat(100 + random.nextInt(1_500_000));
        } else {
            row[5 - random.nextInt(2) * 5] = "x".repeat(1001 + random.nextInt(300_000));
        }
        return plain("huge-cell", rows, true);
    }

    private Case nul(Random random) {
        List<String[]> rows = rows(random, 1 + random.nextInt(10));
        String[] row = rows.get(pick(random, rows));
        int column = random.nextInt(6);
        int at = random.nextInt(row[column].length() + 1);
        row[column] = row[column].substring(0, at) + '\u0000' + row[column].substring(at);
        return plain("nul-byte", rows, true);
    }

    private Case otherRegion(Random random) {
        List<String[]> rows = rows(random, 1 + random.nextInt(20));
        rows.get(pick(random, rows))[1] =
                any(random, new String[] {"430200", "430202", "430600", "430700", "430000", "431100", "430211"});
        return plain("other-region", rows, true);
    }

    private Case badCode(Random random) {
        List<String[]> rows = rows(random, 1 + random.nextInt(10));
        String[] row = rows.get(pick(random, rows));
        if (random.nextBoolean()) {
            row[0] = any(random, new String[] {"nope", "GDP ", "gdp;drop table", "", "ｇｄｐ"});
        } else {
            row[1] = any(random, new String[] {"999999", "4301", "", "430100 0", "abc"});
        }
        return plain("bad-code", rows, true);
    }

    private Case duplicate(Random random) {
        List<String[]> rows = rows(random, 2 + random.nextInt(10));
        rows.add(random.nextInt(rows.size()), rows.get(pick(random, rows)).clone());
        return plain("duplicate", rows, true);
    }

    private Case badPeriod(Random random) {
        List<String[]> rows = rows(random, 1 + random.nextInt(10));
        rows.get(pick(random, rows))[2] = any(random, BAD_PERIODS);
        return plain("bad-period", rows, true);
    }

    private Case badUnitOrFlag(Random random) {
        List<String[]> rows = rows(random, 1 + random.nextInt(10));
        String[] row = rows.get(pick(random, rows));
        if (random.nextBoolean()) {
            row[4] = any(random, new String[] {"万元", "%", "yuan", "亿"});
        } else {
            row[6] = any(random, new String[] {"final", "prelim", "revised;bogus", "x"});
        }
        return plain("unit-or-flag", rows, true);
    }

    private Case controlInText(Random random) {
        List<String[]> rows = rows(random, 1 + random.nextInt(10));
        rows.get(pick(random, rows))[5] = "note" + (char) (1 + random.nextInt(8)) + "end";
        return plain("control-char", rows, true);
    }

    private Case wrongHeader(Random random) {
        String body = csv(rows(random, 3));
        String header = switch (random.nextInt(5)) {
            case 0 -> "indicator,region,period";
            case 1 -> "indikator,region,period,value";
            case 2 -> ",,,";
            case 3 -> "value";
            default -> "INDICATOR,REF_AREA,TIME_PERIOD";
        };
        return new Case(
                "wrong-header",
                "header.csv",
                (header + body.substring(body.indexOf('\n'))).getBytes(StandardCharsets.UTF_8),
                false);
    }

    private Case truncated(Random random) {
        String body = csv(rows(random, 1 + random.nextInt(10)));
        String tail = "\"gdp\",\"" + any(random, OWN) + "\",\"2035\",\"12";
        String text = body + tail.substring(0, 1 + random.nextInt(tail.length() - 1));
        return new Case("truncated", "cut.csv", text.getBytes(StandardCharsets.UTF_8), false);
    }

    private Case encoding(Random random) {
        String text = csv(rows(random, 3)).replace("fuzz", "长沙市统计局");
        return switch (random.nextInt(4)) {
            case 0 -> {
                byte[] gbk = text.getBytes(Charset.forName("GBK"));
                byte[] bad = Arrays.copyOf(gbk, gbk.length + 3);
                bad[gbk.length] = (byte) 0xFF;
                bad[gbk.length + 1] = (byte) 0x80;
                bad[gbk.length + 2] = (byte) 0xFF;
                yield new Case("gbk-with-bad-bytes", "gbk.csv", bad, false);
            }
            case 1 -> new Case("utf16-without-bom", "u16.csv", text.getBytes(StandardCharsets.UTF_16LE), false);
            case 2 -> {
                byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
                yield new Case("utf16-odd-length", "u16be.csv", Arrays.copyOf(utf16, utf16.length - 1), false);
            }
            default -> {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                byte[] bad = Arrays.copyOf(utf8, utf8.length + 2);
                bad[utf8.length] = (byte) 0xC3;
                bad[utf8.length + 1] = (byte) 0xFF;
                yield new Case("invalid-utf8", "bad-utf8.csv", bad, false);
            }
        };
    }

    private Case brokenZip(Random random, byte[] workbook) {
        if (random.nextBoolean()) {
            return new Case(
                    "truncated-xlsx",
                    "cut.xlsx",
                    Arrays.copyOf(workbook, 10 + random.nextInt(workbook.length - 200)),
                    false);
        }
        byte[] junk = new byte[50 + random.nextInt(5000)];
        random.nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        return new Case("zip-garbage", "junk.xlsx", junk, false);
    }

    private Case fakeWorkbook(Random random) {
        if (random.nextBoolean()) {
            return new Case(
                    "csv-named-xlsx", "values.xlsx", csv(rows(random, 3)).getBytes(StandardCharsets.UTF_8), false);
        }
        byte[] ole = new byte[512];
        random.nextBytes(ole);
        ole[0] = (byte) 0xD0;
        ole[1] = (byte) 0xCF;
        ole[2] = 0x11;
        ole[3] = (byte) 0xE0;
        return new Case("old-xls", "old.xls", ole, false);
    }

    private Case workbookWithBadCell(Random random) {
        List<String[]> rows = rows(random, 2 + random.nextInt(5));
        rows.get(pick(random, rows))[3] = any(random, BAD_NUMBERS).replace("\u0000", "x\u0001");
        return new Case("xlsx-bad-cell", "book.xlsx", workbook(rows, null), true);
    }

    private Case sdmx(Random random) {
        List<String[]> rows = rows(random, 1 + random.nextInt(10));
        StringBuilder b = new StringBuilder();
        boolean inRow = true;
        switch (random.nextInt(4)) {
            case 0 -> {
                b.append("indicator,region,period,value,REF_AREA,TIME_PERIOD,OBS_VALUE\n");
                rows.forEach(r -> b.append("gdp,")
                        .append(r[1])
                        .append(',')
                        .append(r[2])
                        .append(",1,430200,")
                        .append(r[2])
                        .append(",777\n"));
                inRow = false;
            }
            case 1 -> {
                b.append("DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n");
                rows.forEach(r -> b.append("HN:DF,gdp,")
                        .append(r[1])
                        .append(',')
                        .append(r[2])
                        .append("-Q5,")
                        .append(r[3])
                        .append(",A\n"));
            }
            case 2 -> {
                b.append("DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n");
                rows.forEach(r -> b.append("HN:DF,gdp,430200,")
                        .append(r[2])
                        .append(',')
                        .append(r[3])
                        .append(",A\n"));
            }
            default -> {
                b.append("DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n");
                rows.forEach(r -> b.append("HN:DF,gdp,")
                        .append(r[1])
                        .append(',')
                        .append(r[2])
                        .append(',')
                        .append(r[3])
                        .append(",Z\n"));
            }
        }
        return new Case(
                "sdmx",
                random.nextBoolean() ? "a.sdmx.csv" : "plain.csv",
                b.toString().getBytes(StandardCharsets.UTF_8),
                inRow);
    }

    private Case empty(Random random) {
        String text = switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> HEADER + "\n";
            case 2 -> "\n\n\n";
            default -> "\uFEFF";
        };
        return new Case("empty", "empty.csv", text.getBytes(StandardCharsets.UTF_8), false);
    }

    private Case garbage(Random random) {
        byte[] junk = new byte[1 + random.nextInt(4000)];
        random.nextBytes(junk);
        junk[0] = (byte) (0x80 | junk[0]);
        return new Case("garbage", "junk.csv", junk, false);
    }

    private Case traversalName(Random random) {
        List<String[]> rows = rows(random, 2);
        rows.get(0)[3] = "x";
        String name = any(random, new String[] {
            "../../x.csv", "..\\..\\windows\\x.csv", "/etc/passwd", "a/../../b.csv", "....//x.csv", "%2e%2e/x.csv"
        });
        return new Case("traversal-name", name, csv(rows).getBytes(StandardCharsets.UTF_8), true);
    }

    private static byte[] workbook(List<String[]> rows, String unused) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("data");
            String[] header = HEADER.split(",");
            Row h = sheet.createRow(0);
            for (int j = 0; j < header.length; j++) {
                h.createCell(j).setCellValue(header[j]);
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (int j = 0; j < rows.get(i).length; j++) {
                    row.createCell(j).setCellValue(rows.get(i)[j]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
