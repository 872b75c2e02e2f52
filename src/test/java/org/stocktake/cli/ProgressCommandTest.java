package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch command against the published Statistics Canada results (src/test/resources/refdata/progress,
 * computed by sdg-build 2.4.0), and its refusal of bad input.
 */
class ProgressCommandTest {

    private static final Path REFDATA = Path.of("src", "test", "resources", "refdata", "progress");
    private static final double RELATIVE = 1e-9;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = StocktakeCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            return parser.getRecords();
        }
    }

    @Test
    void opensdgReproducesThePublishedStatisticsCanadaResults() throws IOException {
        reproduceStatisticsCanada(false);
    }

    /** sdg-build's defaults: a blank direction is negative, a blank base year 2015, a blank target year 2030. */
    @Test
    void blankDirectionAndYearsTakeSdgBuildsDefaultsAndStillReproduceStatisticsCanada() throws IOException {
        reproduceStatisticsCanada(true);
        List<String> t = Files.readAllLines(dir.resolve("T.csv"));
        assertThat(t.stream().filter(line -> line.matches("[^,]+,,,,.*")))
                .as("rows with all three blank")
                .isNotEmpty();
    }

    private void reproduceStatisticsCanada(boolean blankDefaults) throws IOException {
        List<CSVRecord> cases = read(REFDATA.resolve("canada_series_components.csv"));
        Map<String, List<String>> timeseries = new LinkedHashMap<>();
        for (CSVRecord r : read(REFDATA.resolve("canada_series_timeseries.csv"))) {
            timeseries
                    .computeIfAbsent(r.get("case_id"), k -> new ArrayList<>())
                    .add(r.get("case_id") + "," + r.get("year") + "," + r.get("value"));
        }
        List<String> s = new ArrayList<>(List.of("series,year,value"));
        List<String> t = new ArrayList<>(List.of("series,direction,base_year,target_year,target,limit"));
        for (CSVRecord c : cases) {
            s.addAll(seriesRows(c, timeseries.get(c.get("case_id"))));
            t.add(targetRow(c, timeseries.containsKey(c.get("case_id")), blankDefaults));
        }
        Path sFile = Files.write(dir.resolve("S.csv"), s);
        Path tFile = Files.write(dir.resolve("T.csv"), t);
        Path rFile = dir.resolve("R.csv");

        Run run = run(
                "progress",
                "--series",
                sFile.toString(),
                "--targets",
                tFile.toString(),
                "--method",
                "opensdg",
                "--out",
                rFile.toString());
        assertThat(run.exit()).as(run.err()).isZero();

        Map<String, CSVRecord> results = new LinkedHashMap<>();
        read(rFile).forEach(r -> results.put(r.get("series"), r));
        assertThat(results).hasSize(247);
        List<String> mismatches = new ArrayList<>();
        int exact = 0;
        for (CSVRecord c : cases) {
            String why = compare(c, results.get(c.get("case_id")));
            if (why.isEmpty()) {
                exact++;
            } else {
                mismatches.add(c.get("case_id") + ": " + why);
            }
        }
        System.out.println("opensdg: " + exact + " of " + cases.size() + " series match the published results");
        assertThat(mismatches).isEmpty();
        assertThat(exact).isEqualTo(247);
    }

    /** The full selected series where published, otherwise the base and current points used. */
    private static List<String> seriesRows(CSVRecord c, List<String> published) {
        if (published != null) {
            return published;
        }
        List<String> rows = new ArrayList<>();
        if (!c.get("base_value").isEmpty()) {
            rows.add(c.get("case_id") + "," + year(c.get("base_year")) + "," + c.get("base_value"));
            if (!c.get("current_year").equals(c.get("base_year"))) {
                rows.add(c.get("case_id") + "," + year(c.get("current_year")) + "," + c.get("current_value"));
            }
        }
        return rows;
    }

    /** The configuration as written in the indicator metadata where published (base year 2015 unless set, target 0 kept). */
    private static String targetRow(CSVRecord c, boolean fullSeries) {
        return targetRow(c, fullSeries, false);
    }

    /**
     * With {@code blankDefaults}, a direction, base year or target year that is sdg-build's default
     * (negative, 2015, 2030) is left blank, as a configuration that does not set it.
     */
    private static String targetRow(CSVRecord c, boolean fullSeries, boolean blankDefaults) {
        String config = c.get("progress_calculation_options_entry");
        String base = fromConfig(config, "base_year");
        if (base == null) {
            base = fullSeries || c.get("base_year").isEmpty() ? "2015" : year(c.get("base_year"));
        }
        String target = fromConfig(config, "target");
        if (target == null) {
            target = c.get("target");
        }
        String direction = c.get("direction").equals("1") ? "positive" : "negative";
        String targetYear = year(c.get("target_year"));
        if (blankDefaults) {
            direction = direction.equals("negative") ? "" : direction;
            base = base.equals("2015") ? "" : base;
            targetYear = targetYear.equals("2030") ? "" : targetYear;
        }
        return String.join(",", c.get("case_id"), direction, base, targetYear, target, c.get("limit"));
    }

    private static String fromConfig(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (-?[0-9.eE+-]+)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String year(String text) {
        return text.isEmpty() ? "" : Integer.toString((int) Double.parseDouble(text));
    }

    private static String compare(CSVRecord expected, CSVRecord actual) {
        if (actual == null) {
            return "no result row";
        }
        List<String> why = new ArrayList<>();
        if (!expected.get("expected_status").equals(actual.get("status"))) {
            why.add("status " + actual.get("status") + " ≠ " + expected.get("expected_status"));
        }
        check(why, "progress_value", expected.get("expected_progress_value"), actual.get("progress_value"));
        check(why, "score", expected.get("expected_score"), actual.get("score"));
        check(why, "base_value", expected.get("base_value"), actual.get("base_value"));
        check(why, "current_value", expected.get("current_value"), actual.get("current_value"));
        check(why, "base_year", expected.get("base_year"), actual.get("base_year"));
        check(why, "current_year", expected.get("current_year"), actual.get("current_year"));
        return String.join("; ", why);
    }

    private static void check(List<String> why, String column, String expected, String actual) {
        if (expected.isEmpty() || actual.isEmpty()) {
            if (!expected.equals(actual)) {
                why.add(column + " '" + actual + "' ≠ '" + expected + "'");
            }
            return;
        }
        double e = Double.parseDouble(expected);
        double a = Double.parseDouble(actual);
        if (!(e == a || Math.abs(e - a) <= RELATIVE * Math.max(Math.abs(e), Math.abs(a)))) {
            why.add(column + " " + actual + " ≠ " + expected);
        }
    }

    @Test
    void scheduleMethodWritesCompletionAgainstTheSchedule() throws IOException {
        // A: 50 → 60 from 2020 to 2023, target 70 in 2025: progress 10/20 = 0.5, schedule 3/5 = 0.6,
        //    0.5 < 0.6 − 0.05 → lagging; score = 0.5 − 0.6 = −0.1 (≈ −0.09999999999999998).
        // B: lower is better, 10 → 6 from 2020 to 2022, target 5 in 2025: progress 4/5 = 0.8,
        //    schedule 2/5 = 0.4, 0.8 ≥ 0.45 → ahead.
        // C: no target, negative: 3 → 4 → deteriorating.  D: no rows at all → insufficient_data.
        Path s = Files.writeString(dir.resolve("S.csv"), """
                series,year,value
                A,2020,50
                A,2023,60
                B,2020,10
                B,2022,6
                C,2020,3
                C,2021,4
                """);
        Path t = Files.writeString(dir.resolve("T.csv"), """
                series,direction,base_year,target_year,target,limit
                A,positive,2020,2025,70,
                B,negative,2020,2025,5,
                C,negative,2020,2025,,
                D,positive,2020,2025,1,
                """);
        Path r = dir.resolve("R.csv");
        Run run = run("progress", "--series", s.toString(), "--targets", t.toString(), "--out", r.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<CSVRecord> rows = read(r);
        assertThat(rows)
                .extracting(x -> x.get("status"))
                .containsExactly("lagging", "ahead", "deteriorating", "insufficient_data");
        assertThat(Double.parseDouble(rows.get(0).get("progress_value"))).isEqualTo(0.5);
        assertThat(Double.parseDouble(rows.get(0).get("score")))
                .isCloseTo(-0.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Double.parseDouble(rows.get(1).get("progress_value")))
                .isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void everyBadRowIsReportedAndNothingIsWritten() throws IOException {
        Path s = Files.writeString(dir.resolve("S.csv"), """
                series,year,value
                A,2020,1
                ,2021,2
                A,20x1,3
                A,2022,abc
                A,2020,5
                A,2023,NaN
                """);
        Path t = Files.writeString(dir.resolve("T.csv"), """
                series,direction,base_year,target_year,target,limit
                A,up,2015,2030,,
                B,positive,2030,2020,1,
                C,negative,2015,2030,x,
                C,negative,2015,2030,,1e400
                """);
        Path r = dir.resolve("R.csv");
        Run run = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                t.toString(),
                "--method",
                "opensdg",
                "--out",
                r.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "S.csv 行 3 列 series",
                        "S.csv 行 4 列 year",
                        "S.csv 行 5 列 value",
                        "S.csv 行 6 列 year",
                        "S.csv 行 7 列 value",
                        "T.csv 行 2 列 direction",
                        "T.csv 行 3 列 target_year",
                        "T.csv 行 4 列 target",
                        "T.csv 行 5 列 series",
                        "T.csv 行 5 列 limit");
        assertThat(run.err()).doesNotContain("行 2 列 value", "S.csv 行 2");
        assertThat(r).doesNotExist();
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderRow() throws IOException {
        Path s = Files.writeString(dir.resolve("S.csv"), "series,year\nA,2020\n");
        Path t = Files.writeString(dir.resolve("T.csv"), "series,direction,base_year,target_year,target,limit\n");
        Run run = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                t.toString(),
                "--out",
                dir.resolve("R.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("S.csv: 行 1 列 value: 缺少列 value");
    }

    @Test
    void periodsCountAsTheirFirstYearAndBlankValuesAreGaps() throws IOException {
        // 2015-16 → 2015 (as Open SDG reads reference periods); 2017 blank is a gap; 100 → 121 over
        // 2015–2018 is CAGR 1.21^(1/3) − 1 = 0.0656022…, no target → ≥ 0.015 → substantial, score 5.
        Path s = Files.writeString(dir.resolve("S.csv"), "series,year,value\nA,2015-16,100\nA,2017,\nA,2018,121\n");
        Path t = Files.writeString(dir.resolve("T.csv"), """
                series,direction,base_year,target_year,target,limit
                A,positive,2015,2030,,
                """);
        Path r = dir.resolve("R.csv");
        Run run = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                t.toString(),
                "--method",
                "opensdg",
                "--out",
                r.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        CSVRecord row = read(r).get(0);
        assertThat(row.get("base_year")).isEqualTo("2015");
        assertThat(row.get("current_year")).isEqualTo("2018");
        assertThat(Double.parseDouble(row.get("progress_value")))
                .isCloseTo(Math.pow(1.21, 1.0 / 3) - 1, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(row.get("status")).isEqualTo("substantial_progress");
    }

    @Test
    void anUnknownMethodIsAUsageError() throws IOException {
        Path s = Files.writeString(dir.resolve("S.csv"), "series,year,value\n");
        Path t = Files.writeString(dir.resolve("T.csv"), "series,direction,base_year,target_year,target,limit\n");
        Run run = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                t.toString(),
                "--method",
                "trend",
                "--out",
                dir.resolve("R.csv").toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("unknown method: trend");
    }

    // ---- issue 9, finding 12 ----

    @Test
    void gbkAndUtf16FilesAreReadInTheirEncoding() throws IOException {
        // S.csv in GBK (read as GB18030, which contains it), T.csv in UTF-16 with its byte-order mark
        Path s = dir.resolve("S.csv");
        Files.writeString(
                s, "series,year,value\n森林覆盖率,2015,100\n森林覆盖率,2018,121\n", java.nio.charset.Charset.forName("GBK"));
        Path t = dir.resolve("T.csv");
        Files.writeString(
                t,
                "series,direction,base_year,target_year,target,limit\n森林覆盖率,positive,2015,2030,,\n",
                StandardCharsets.UTF_16);
        Path r = dir.resolve("R.csv");
        Run run = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                t.toString(),
                "--method",
                "opensdg",
                "--out",
                r.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        CSVRecord row = read(r).get(0);
        assertThat(row.get("series")).isEqualTo("森林覆盖率");
        assertThat(row.get("status")).isEqualTo("substantial_progress");
    }

    @Test
    void textInNoKnownEncodingIsRefusedNamingFileAndLine() throws IOException {
        Path s = dir.resolve("S.csv");
        byte[] head = "series,year,value\nA,2015,1\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {'A', ',', '2', '0', '1', '6', ',', (byte) 0xFF, (byte) 0xFF, '\n'};
        byte[] all = java.util.Arrays.copyOf(head, head.length + bad.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(s, all);
        Path t = Files.writeString(
                dir.resolve("T.csv"), "series,direction,base_year,target_year,target,limit\nA,,,,,\n");
        Run run = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                t.toString(),
                "--method",
                "opensdg",
                "--out",
                dir.resolve("R.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("S.csv: 行 3: 既不是 UTF-8 也不是 GB18030")
                .contains("UTF-8")
                .doesNotContain("Input length");
        assertThat(dir.resolve("R.csv")).doesNotExist();
    }

    @Test
    void baseEqualToTargetWritesNoInfinityAndFollowsSdgBuildsStatus() throws IOException {
        // required growth 0: moving away from a target met at the base is deterioration (−5), staying on it
        // or beyond it is target achieved (5); the ratio has no finite value and is left blank
        Path s = Files.writeString(dir.resolve("S.csv"), """
                series,year,value
                away,2020,50
                away,2022,40
                beyond,2020,50
                beyond,2022,60
                below,2020,-50
                below,2022,-60
                late,2021,10
                late,2024,12
                """);
        Path t = Files.writeString(dir.resolve("T.csv"), """
                series,direction,base_year,target_year,target,limit
                away,positive,2020,2030,50,
                beyond,positive,2020,2030,50,
                below,positive,2020,2030,-50,
                late,positive,2015,2020,20,
                """);
        Path r = dir.resolve("R.csv");
        Run run = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                t.toString(),
                "--method",
                "opensdg",
                "--out",
                r.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(r)).doesNotContain("Infinity", "NaN");
        List<CSVRecord> rows = read(r);
        assertThat(rows)
                .extracting(x -> x.get("status"))
                .containsExactly("deterioration", "target_achieved", "deterioration", "not_available");
        assertThat(rows).extracting(x -> x.get("score")).containsExactly("-5.0", "5.0", "-5.0", "");
        assertThat(rows).extracting(x -> x.get("progress_value")).containsOnly("");
    }

    @Test
    void aFailedOutLeavesNoTemporaryFile() throws IOException {
        Path s = Files.writeString(dir.resolve("S.csv"), "series,year,value\nA,2015,1\nA,2016,2\n");
        Path t = Files.writeString(
                dir.resolve("T.csv"), "series,direction,base_year,target_year,target,limit\nA,,,,,\n");
        Path out = Files.createDirectories(dir.resolve("out").resolve("R.csv"));
        Files.writeString(out.resolve("keep.txt"), "a directory in the way");
        Run run = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                t.toString(),
                "--method",
                "opensdg",
                "--out",
                out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("R.csv").contains("not empty");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("R.csv");
        }
    }

    @Test
    void customThresholdsChangeTheStatusAsSdgBuildsProgressThresholdsDo() throws IOException {
        // A: R = 1 (CAGR 0.1 against a required 0.1): substantial by default, moderate with high = 1.2;
        //    the score map keeps its published slope: 7.1429 − 4.2857 = 2.8572.
        // B: no target, CAGR 0.1: substantial by default; with growth thresholds high = 0.2, med = 0.05 it is
        //    moderate and its score 250·0.1 − 1.25 = 23.75 is kept within −5…5 (5).
        // C: like A, with its own high column (0.9) overriding --thresholds: substantial again.
        Path s = Files.writeString(dir.resolve("S.csv"), """
                series,year,value
                A,2020,100
                A,2022,121
                B,2020,100
                B,2022,121
                C,2020,100
                C,2022,121
                """);
        Path t = Files.writeString(dir.resolve("T.csv"), """
                series,direction,base_year,target_year,target,limit,high
                A,positive,2020,2030,259.37424601,,
                B,positive,2020,2030,,,
                C,positive,2020,2030,259.37424601,,0.9
                """);
        Path r = dir.resolve("R.csv");
        Run plain = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                t.toString(),
                "--method",
                "opensdg",
                "--out",
                r.toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(read(r))
                .extracting(x -> x.get("status"))
                .containsExactly("substantial_progress", "substantial_progress", "substantial_progress");

        Run custom = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                t.toString(),
                "--method",
                "opensdg",
                "--thresholds",
                "high=1.2",
                "--growth-thresholds",
                "high=0.2,med=0.05",
                "--out",
                r.toString());
        assertThat(custom.exit()).as(custom.err()).isZero();
        List<CSVRecord> rows = read(r);
        assertThat(rows)
                .extracting(x -> x.get("status"))
                .containsExactly("moderate_progress", "moderate_progress", "substantial_progress");
        assertThat(Double.parseDouble(rows.get(0).get("score")))
                .isCloseTo(2.8572, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rows.get(1).get("score")).isEqualTo("5.0");
    }

    @Test
    void badThresholdsAreUsageErrorsNamingTheForm() throws IOException {
        Path s = Files.writeString(dir.resolve("S.csv"), "series,year,value\n");
        Path t = Files.writeString(dir.resolve("T.csv"), "series,direction,base_year,target_year,target,limit\n");
        for (String bad : List.of("bogus=1", "high=x", "high=0.5")) {
            Run run = run(
                    "progress",
                    "--series",
                    s.toString(),
                    "--targets",
                    t.toString(),
                    "--method",
                    "opensdg",
                    "--thresholds",
                    bad,
                    "--out",
                    dir.resolve("R.csv").toString());
            assertThat(run.exit()).as(bad).isEqualTo(2);
            assertThat(run.err()).as(bad).contains("--thresholds", "high", "med", "low");
        }
        Run level = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                t.toString(),
                "--method",
                "opensdg",
                "--level",
                "goal",
                "--out",
                dir.resolve("R.csv").toString());
        assertThat(level.exit()).isEqualTo(2);
        assertThat(level.err()).contains("series, indicator");
        Path noIndicator = Files.writeString(
                dir.resolve("T2.csv"),
                "series,direction,base_year,target_year,target,limit,indicator\nA,,,,,,1-1\nB,,,,,,\n");
        Run missing = run(
                "progress",
                "--series",
                s.toString(),
                "--targets",
                noIndicator.toString(),
                "--method",
                "opensdg",
                "--level",
                "indicator",
                "--out",
                dir.resolve("R.csv").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("T2.csv: 行 3 列 indicator");
    }

    /** The indicator level against Statistics Canada's published indicator results (mean of series scores). */
    @Test
    void indicatorLevelReproducesThePublishedIndicatorResults() throws IOException {
        List<CSVRecord> cases = read(REFDATA.resolve("canada_series_components.csv"));
        Map<String, List<String>> timeseries = new LinkedHashMap<>();
        for (CSVRecord r : read(REFDATA.resolve("canada_series_timeseries.csv"))) {
            timeseries
                    .computeIfAbsent(r.get("case_id"), k -> new ArrayList<>())
                    .add(r.get("case_id") + "," + r.get("year") + "," + r.get("value"));
        }
        List<String> s = new ArrayList<>(List.of("series,year,value"));
        List<String> t = new ArrayList<>(List.of("series,direction,base_year,target_year,target,limit,indicator"));
        for (CSVRecord c : cases) {
            s.addAll(seriesRows(c, timeseries.get(c.get("case_id"))));
            t.add(targetRow(c, timeseries.containsKey(c.get("case_id"))) + "," + c.get("indicator_id"));
        }
        Path r = dir.resolve("I.csv");
        Run run = run(
                "progress",
                "--series",
                Files.write(dir.resolve("S.csv"), s).toString(),
                "--targets",
                Files.write(dir.resolve("T.csv"), t).toString(),
                "--method",
                "opensdg",
                "--level",
                "indicator",
                "--out",
                r.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, CSVRecord> results = new LinkedHashMap<>();
        read(r).forEach(x -> results.put(x.get("indicator"), x));
        int checked = 0;
        List<String> mismatches = new ArrayList<>();
        for (CSVRecord expected : read(REFDATA.resolve("canada_indicator_results.csv"))) {
            if (!expected.get("config_uses_group").equals("no")
                    || expected.get("n_series").equals("0")) {
                continue; // nested groups are not handled; without series the status is set by hand
            }
            checked++;
            CSVRecord got = results.get(expected.get("indicator_id"));
            String score = expected.get("expected_indicator_score");
            String status = expected.get("expected_indicator_status");
            boolean ok = got != null
                    && (score.isEmpty()
                            ? got.get("score").isEmpty()
                            : Math.abs(Double.parseDouble(got.get("score")) - Double.parseDouble(score)) <= 1e-9)
                    && got.get("status").equals(status.isEmpty() ? "not_available" : status);
            if (!ok) {
                mismatches.add(expected.get("indicator_id") + ": " + (got == null ? "none" : got.toMap()) + " ≠ "
                        + score + " " + status);
            }
        }
        assertThat(checked).isEqualTo(132);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void manySeriesInAnyOrderAreStreamedToTheRightResults() throws IOException {
        // 20,000 series whose rows are interleaved (not grouped), with series that have no target mixed in;
        // series i grows from 100 to 100·(1 + i/10⁴)² over two years: CAGR = i/10⁴ exactly in the ratio
        int n = 20_000;
        StringBuilder s = new StringBuilder("series,year,value\n");
        StringBuilder t = new StringBuilder("series,direction,base_year,target_year,target,limit\n");
        for (int year : new int[] {2022, 2020}) {
            for (int i = 0; i < n; i++) {
                double growth = 1 + i / 1e4;
                s.append('s')
                        .append(i)
                        .append(',')
                        .append(year)
                        .append(',')
                        .append(year == 2020 ? 100.0 : 100 * growth * growth)
                        .append('\n');
                s.append("other").append(i).append(',').append(year).append(",1\n");
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            t.append('s').append(i).append(",positive,2020,2030,,\n");
        }
        Path r = dir.resolve("R.csv");
        Run run = run(
                "progress",
                "--series",
                Files.writeString(dir.resolve("S.csv"), s).toString(),
                "--targets",
                Files.writeString(dir.resolve("T.csv"), t).toString(),
                "--method",
                "opensdg",
                "--out",
                r.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<CSVRecord> rows = read(r);
        assertThat(rows).hasSize(n);
        for (int k = 0; k < n; k += 997) {
            int i = n - 1 - k;
            assertThat(rows.get(k).get("series")).isEqualTo("s" + i);
            assertThat(Double.parseDouble(rows.get(k).get("progress_value")))
                    .as("s" + i)
                    .isCloseTo(i / 1e4, org.assertj.core.data.Offset.offset(1e-12));
        }
    }
}
