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
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives {@code stocktake evaluate} on COINr's ASEM data and compares every cell with COINr 1.1.14's
 * outputs (within 1e-9; ranks exactly). The reference data lives beside the repository in
 * {@code src/test/resources/refdata/composite/coinr_asem/}.
 */
class EvaluateCommandTest {

    private static final Path ASEM = Path.of("src", "test", "resources", "refdata", "composite", "coinr_asem");
    private static final double TOLERANCE = 1e-9;

    /**
     * COINr's ASEM data with every value's shortest exact representation (not the 15-digit print,
     * which hid that GRC's and JPN's TolMin are one double above 5.1 and 3.4 and so turned two rank
     * ties of C3 wrong).
     */
    private static final String FULL_PRECISION = "asem_iData_full_precision.csv";

    @TempDir
    Path tmp;

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of(
                        "C1",
                        FULL_PRECISION,
                        null,
                        "minmax:0:100",
                        "amean",
                        "0",
                        "expected_C1_raw_minmax_amean_normalised.csv",
                        "expected_C1_raw_minmax_amean_aggregated.csv"),
                Arguments.of(
                        "C2",
                        FULL_PRECISION,
                        null,
                        "zscore:0:1",
                        "amean",
                        "0",
                        "expected_C2_raw_zscore_amean_normalised.csv",
                        "expected_C2_raw_zscore_amean_aggregated.csv"),
                Arguments.of(
                        "C3",
                        FULL_PRECISION,
                        null,
                        "rank",
                        "amean",
                        "0",
                        "expected_C3_raw_rank_amean_normalised.csv",
                        "expected_C3_raw_rank_amean_aggregated.csv"),
                Arguments.of(
                        "C4",
                        FULL_PRECISION,
                        null,
                        "minmax:1:100",
                        "gmean",
                        "0",
                        "expected_C4_raw_minmax1to100_gmean_normalised.csv",
                        "expected_C4_raw_minmax1to100_gmean_aggregated.csv"),
                Arguments.of(
                        "C5",
                        FULL_PRECISION,
                        null,
                        "minmax:0:100",
                        "amean",
                        "0.66",
                        "expected_C5_raw_minmax_amean_datthresh_normalised.csv",
                        "expected_C5_raw_minmax_amean_datthresh_aggregated.csv"),
                Arguments.of(
                        "C8",
                        FULL_PRECISION,
                        "weights_C8_custom.csv",
                        "minmax:0:100",
                        "amean",
                        "0",
                        "expected_C1_raw_minmax_amean_normalised.csv",
                        "expected_C8_raw_minmax_amean_customweights_aggregated.csv"),
                Arguments.of(
                        "C7",
                        "expected_C7_example_coin_treated.csv",
                        null,
                        "minmax:0:100",
                        "amean",
                        "0",
                        "expected_C7_example_coin_normalised.csv",
                        "expected_C7_example_coin_aggregated.csv"));
    }

    @ParameterizedTest(name = "{0}: {3} {4}")
    @MethodSource("configurations")
    void reproducesCoinr(
            String id,
            String dataFile,
            String weightsFile,
            String normalise,
            String aggregate,
            String threshold,
            String expectedNormalised,
            String expectedAggregated)
            throws IOException {
        Path data = writeData(ASEM.resolve(dataFile));
        Path framework = writeFramework(weightsFile == null ? Map.of() : weights(ASEM.resolve(weightsFile)));
        Path out = tmp.resolve("out");

        int exit = StocktakeCli.commandLine()
                .execute(
                        "evaluate",
                        "--data",
                        data.toString(),
                        "--framework",
                        framework.toString(),
                        "--normalise",
                        normalise,
                        "--aggregate",
                        aggregate,
                        "--data-threshold",
                        threshold,
                        "--out",
                        out.toString());

        assertThat(exit).isZero();
        Comparison normalised = compare(read(ASEM.resolve(expectedNormalised)), read(out.resolve("normalised.csv")));
        Comparison aggregated = compare(read(ASEM.resolve(expectedAggregated)), read(out.resolve("aggregated.csv")));
        assertThat(normalised.cells()).as(id + " normalised cells").isEqualTo(51 * 49);
        assertThat(aggregated.cells())
                .as(id + " aggregated cells (11 aggregates and the rank)")
                .isEqualTo(51 * 12);
        List<String> differing = new ArrayList<>(normalised.mismatches());
        differing.addAll(aggregated.mismatches());
        assertThat(differing).as(id + " cells that differ").isEmpty();
    }

    @Test
    void frontierTakesFixedBoundsFromTheFramework() throws IOException {
        Path framework = tmp.resolve("F.csv");
        Files.writeString(framework, """
                code,parent,level,direction,weight,worst,best
                gdp,econ,1,1,1,0,200
                debt,econ,1,-1,1,100,0
                air,index,1,1,1,,
                econ,index,2,1,3,,
                index,,3,1,1,,
                """, StandardCharsets.UTF_8);
        Path data = tmp.resolve("D.csv");
        Files.writeString(data, "unit,gdp,debt,air\nA,100,30,80\nB,60,20,\nC,250,50,70\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        int exit = StocktakeCli.commandLine()
                .execute(
                        "evaluate",
                        "--data",
                        data.toString(),
                        "--framework",
                        framework.toString(),
                        "--normalise",
                        "frontier",
                        "--out",
                        out.toString());

        assertThat(exit).isZero();
        // gdp: 100·x/200, C (250) clipped to 100; debt: 100·(100 − x)/100; air has no bounds: observed 70…80
        assertThat(Files.readAllLines(out.resolve("normalised.csv")))
                .containsExactly("unit,gdp,debt,air", "A,50.0,70.0,100.0", "B,30.0,80.0,", "C,100.0,50.0,0.0");
        // econ = (gdp + debt)/2: 60, 55, 75; index = (3·econ + air)/4: 70, 55 (air missing), 56.25
        assertThat(Files.readAllLines(out.resolve("aggregated.csv")))
                .containsExactly("unit,econ,index,rank", "A,60.0,70.0,1", "B,55.0,55.0,3", "C,75.0,56.25,2");
    }

    @Test
    void refusesABadFrameworkWithEveryProblemAndWritesNothing() throws IOException {
        Path data = writeData(ASEM.resolve("asem_iData.csv"));
        Path framework = tmp.resolve("F.csv");
        Files.writeString(framework, """
                code,parent,level,direction,weight
                LPI,Physical,1,1,1
                Flights,Physical,1,2,x
                Physical,Index,2,1,1
                Index,,3,1,1
                Other,,3,1,1
                """, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        Path out = tmp.resolve("bad");

        int exit = StocktakeCli.commandLine()
                .setErr(new PrintWriter(err, true))
                .execute(
                        "evaluate",
                        "--data",
                        data.toString(),
                        "--framework",
                        framework.toString(),
                        "--out",
                        out.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("F.csv: 行 3 列 direction", "F.csv: 行 3 列 weight");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesBadDataCellsNamingRowAndColumn() throws IOException {
        Path framework = writeFramework(Map.of());
        Path data = tmp.resolve("D.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(writeData(ASEM.resolve("asem_iData.csv"))));
        lines.set(2, lines.get(2).replaceFirst(",[^,]*", ",abc"));
        Files.write(data, lines, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();

        int exit = StocktakeCli.commandLine()
                .setErr(new PrintWriter(err, true))
                .execute(
                        "evaluate",
                        "--data",
                        data.toString(),
                        "--framework",
                        framework.toString(),
                        "--out",
                        tmp.resolve("o").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("D.csv: 行 3 列 LPI");
    }

    @Test
    void refusesAnUnknownNormalisationAsAUsageError() throws IOException {
        StringWriter err = new StringWriter();
        int exit = StocktakeCli.commandLine()
                .setErr(new PrintWriter(err, true))
                .execute(
                        "evaluate",
                        "--data",
                        writeData(ASEM.resolve("asem_iData.csv")).toString(),
                        "--framework",
                        writeFramework(Map.of()).toString(),
                        "--normalise",
                        "median",
                        "--out",
                        tmp.resolve("o").toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--normalise", "unknown normalisation median", "未知的标准化方法 median");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    /** The cells compared and the cells that differ ("unit column expected got"). */
    record Comparison(int cells, List<String> mismatches) {}

    /** Compares every expected cell: numbers within 1e-9, ranks and missing values exactly. */
    private static Comparison compare(
            Map<String, Map<String, String>> expected, Map<String, Map<String, String>> actual) {
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        int cells = 0;
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> row : expected.entrySet()) {
            for (Map.Entry<String, String> cell : row.getValue().entrySet()) {
                if (cell.getKey().equals("uCode")) {
                    continue;
                }
                String column = cell.getKey().equals("Index_rank") ? "rank" : cell.getKey();
                String got = actual.get(row.getKey()).get(column);
                assertThat(got).as(row.getKey() + " " + column + " is written").isNotNull();
                if (!matches(cell.getValue(), got, column.equals("rank"))) {
                    mismatches.add(row.getKey() + " " + cell.getKey() + " " + cell.getValue() + " " + got);
                }
                cells++;
            }
        }
        return new Comparison(cells, mismatches);
    }

    private static boolean matches(String expected, String got, boolean exact) {
        if (expected.isEmpty() || expected.equals("NA") || exact) {
            return got.equals(expected.equals("NA") ? "" : expected);
        }
        return !got.isEmpty() && Math.abs(Double.parseDouble(got) - Double.parseDouble(expected)) <= TOLERANCE;
    }

    /** D.csv: unit and the indicator columns of iMeta, from a COINr data file keyed by uCode. */
    private Path writeData(Path source) throws IOException {
        List<String> indicators = meta().stream()
                .filter(r -> r.get("Level").equals("1"))
                .map(r -> r.get("iCode"))
                .toList();
        StringBuilder csv = new StringBuilder("unit," + String.join(",", indicators) + "\n");
        for (Map<String, String> row : read(source).values()) {
            csv.append(row.get("uCode"));
            indicators.forEach(code -> csv.append(',').append(row.get(code).equals("NA") ? "" : row.get(code)));
            csv.append('\n');
        }
        Path file = tmp.resolve("D.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** F.csv from iMeta (levels, parents, directions, weights), with some weights replaced. */
    private Path writeFramework(Map<String, String> weights) throws IOException {
        StringBuilder csv = new StringBuilder("code,parent,level,direction,weight\n");
        for (Map<String, String> row : meta()) {
            if (!row.get("Level").isEmpty()) {
                csv.append(String.join(
                                ",",
                                row.get("iCode"),
                                row.get("Parent"),
                                row.get("Level"),
                                row.get("Direction"),
                                weights.getOrDefault(row.get("iCode"), row.get("Weight"))))
                        .append('\n');
            }
        }
        Path file = tmp.resolve("F.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static Map<String, String> weights(Path file) throws IOException {
        Map<String, String> weights = new LinkedHashMap<>();
        read(file).values().forEach(row -> weights.put(row.get("iCode"), row.get("Weight")));
        return weights;
    }

    private static List<Map<String, String>> meta() throws IOException {
        return new ArrayList<>(read(ASEM.resolve("asem_iMeta.csv")).values());
    }

    /** Rows of a CSV file keyed by the first column, each row as column → text. */
    private static Map<String, Map<String, String>> read(Path file) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            String key = parser.getHeaderNames().get(0).equals("Level")
                    ? "iCode"
                    : parser.getHeaderNames().get(0);
            if (parser.getHeaderNames().contains("uCode")) {
                key = "uCode";
            }
            for (CSVRecord record : parser) {
                rows.put(record.get(key), record.toMap());
            }
        }
        return rows;
    }

    // ---- issue 9, finding 12 ----

    private static final String SMALL_FRAMEWORK = """
            code,parent,level,direction,weight
            x,index,1,1,1
            y,index,1,-1,1
            index,,2,1,1
            """;

    private record Run(int exit, String err) {}

    private Run evaluate(String data, String... options) throws IOException {
        Path d = Files.writeString(tmp.resolve("D.csv"), data, StandardCharsets.UTF_8);
        Path f = Files.writeString(tmp.resolve("F.csv"), SMALL_FRAMEWORK, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of(
                "evaluate",
                "--data",
                d.toString(),
                "--framework",
                f.toString(),
                "--out",
                tmp.resolve("out").toString()));
        args.addAll(List.of(options));
        int exit = StocktakeCli.commandLine().setErr(new PrintWriter(err, true)).execute(args.toArray(String[]::new));
        return new Run(exit, err.toString());
    }

    @Test
    void valuesNearTheEndsOfTheNumberRangeStayFiniteAndInRange() throws IOException {
        // x spans −1e308…1e308 (its range overflows a double), y has 1e308 weights of nothing special
        Run run = evaluate("unit,x,y\nA,1e308,5\nB,-1e308,7\nC,0,6\n");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllLines(tmp.resolve("out").resolve("normalised.csv")))
                .containsExactly("unit,x,y", "A,100.0,100.0", "B,0.0,0.0", "C,50.0,50.0");
        assertThat(Files.readAllLines(tmp.resolve("out").resolve("aggregated.csv")))
                .containsExactly("unit,index,rank", "A,100.0,1", "B,0.0,3", "C,50.0,2");

        Run z = evaluate("unit,x,y\nA,1e308,5\nB,-1e308,7\nC,0,6\nD,1.7e308,1\n", "--normalise", "zscore:0:1");
        assertThat(z.exit()).as(z.err()).isZero();
        for (String line :
                Files.readAllLines(tmp.resolve("out").resolve("normalised.csv")).subList(1, 5)) {
            for (String cell : line.substring(2).split(",")) {
                assertThat(Double.parseDouble(cell)).as(line).isFinite().isBetween(-2.0, 2.0);
            }
        }
    }

    @Test
    void aValueBeyondTheNumberRangeIsANamedError() throws IOException {
        Run run = evaluate("unit,x,y\nA,1e400,5\nB,2,7\n");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("D.csv: 行 2 列 x", "1e400");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aResultBeyondTheNumberRangeIsANamedErrorAndNothingIsWritten() throws IOException {
        // z of unit E = (10 − 2)/√20 ≈ 1.79; × 1.5e308 overflows
        Run run = evaluate("unit,x,y\nA,0,1\nB,0,1\nC,0,1\nD,0,1\nE,10,1\n", "--normalise", "zscore:0:1.5e308");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("D.csv: 行 6 列 x");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void gbkDataIsReadAsGb18030() throws IOException {
        Path d = tmp.resolve("D.csv");
        Files.writeString(d, "unit,x,y\n长沙市,1,2\n株洲市,3,1\n", java.nio.charset.Charset.forName("GBK"));
        Path f = Files.writeString(tmp.resolve("F.csv"), SMALL_FRAMEWORK, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int exit = StocktakeCli.commandLine()
                .setErr(new PrintWriter(err, true))
                .execute(
                        "evaluate",
                        "--data",
                        d.toString(),
                        "--framework",
                        f.toString(),
                        "--out",
                        tmp.resolve("out").toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.readAllLines(tmp.resolve("out").resolve("aggregated.csv"), StandardCharsets.UTF_8))
                .containsExactly("unit,index,rank", "长沙市,0.0,2", "株洲市,100.0,1");
    }

    @Test
    void aFailedOutLeavesNoTemporaryFile() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("aggregated.csv"));
        Files.writeString(out.resolve("aggregated.csv").resolve("keep.txt"), "a directory in the way");
        Run run = evaluate("unit,x,y\nA,1,5\nB,2,7\n");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("aggregated.csv");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".evaluate"));
        }
    }

    @Test
    void unknownChoicesAreUsageErrorsListingTheValidOnes() throws IOException {
        Run aggregate = evaluate("unit,x,y\nA,1,5\n", "--aggregate", "median");
        assertThat(aggregate.exit()).isEqualTo(2);
        assertThat(aggregate.err()).contains("amean, gmean, hmean", "参数有误");
        Run normalise = evaluate("unit,x,y\nA,1,5\n", "--normalise", "median");
        assertThat(normalise.exit()).isEqualTo(2);
        assertThat(normalise.err()).contains("minmax:L:U, zscore:M:S, rank, efficacy, frontier");
    }

    // ---- issue 16 ----

    private static final String OUTRANKING_FRAMEWORK = """
            code,parent,level,direction,weight
            i1,index,1,1,0.4
            i2,P,1,1,0.35
            i3,P,1,1,0.25
            P,index,2,1,0.6
            index,,3,1,1
            """;

    /**
     * The hand-worked example of {@code OutrankingTest} through a tree: i1 weighs 0.4 in the index,
     * i2 and i3 0.6 × 0.35/0.6 = 0.35 and 0.6 × 0.25/0.6 = 0.25. Within P (i2 and i3 alone) the
     * Copeland scores are A −3 (loses both to everyone), B 1, C 3, D −1.
     */
    @Test
    void outrankingWritesTheMatrixCopelandScoresAndTheMaximumSupportRanking() throws IOException {
        Path f = Files.writeString(tmp.resolve("F.csv"), OUTRANKING_FRAMEWORK, StandardCharsets.UTF_8);
        Path d = Files.writeString(
                tmp.resolve("D.csv"), "unit,i1,i2,i3\nA,4,1,2\nB,3,3,1\nC,2,4,4\nD,1,2,3\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        StringWriter said = new StringWriter();

        int exit = StocktakeCli.commandLine()
                .setOut(new PrintWriter(said, true))
                .execute(
                        "evaluate",
                        "--data",
                        d.toString(),
                        "--framework",
                        f.toString(),
                        "--normalise",
                        "percentile",
                        "--aggregate",
                        "outranking",
                        "--out",
                        out.toString());

        assertThat(exit).isZero();
        assertThat(said.toString()).contains("outranking.csv", "exact");
        assertThat(Files.readAllLines(out.resolve("aggregated.csv")))
                .containsExactly("unit,P,index,rank", "A,-3.0,-1.0,2", "B,1.0,-1.0,3", "C,3.0,3.0,1", "D,-1.0,-1.0,4");
        List<String> matrix = Files.readAllLines(out.resolve("outranking.csv"));
        assertThat(matrix.get(0)).isEqualTo("unit,A,B,C,D");
        double[][] expected = {
            {Double.NaN, 0.65, 0.4, 0.4},
            {0.35, Double.NaN, 0.4, 0.75},
            {0.6, 0.6, Double.NaN, 1},
            {0.6, 0.25, 0, Double.NaN}
        };
        for (int a = 0; a < 4; a++) {
            String[] cells = matrix.get(a + 1).split(",", -1);
            assertThat(cells[0]).isEqualTo("ABCD".substring(a, a + 1));
            for (int b = 0; b < 4; b++) {
                if (a == b) {
                    assertThat(cells[b + 1]).isEmpty();
                } else {
                    assertThat(Double.parseDouble(cells[b + 1]))
                            .as("%s over %s", cells[0], "ABCD".charAt(b))
                            .isCloseTo(expected[a][b], org.assertj.core.data.Offset.offset(1e-12));
                }
            }
        }
    }

    @Test
    void badMethodParametersAreUsageErrorsInBothLanguages() throws IOException {
        Run threshold = evaluate("unit,x,y\nA,1,5\nB,2,3\n", "--normalise", "abovebelow:x");
        assertThat(threshold.exit()).isEqualTo(2);
        assertThat(threshold.err())
                .contains("参数有误", "--normalise", "abovebelow 需要一个不小于 0 的阈值 P", "abovebelow needs a threshold P");
        Run brackets = evaluate("unit,x,y\nA,1,5\nB,2,3\n", "--normalise", "categorical:50:20");
        assertThat(brackets.exit()).isEqualTo(2);
        assertThat(brackets.err()).contains("categorical needs strictly increasing percentile bounds");
        Run parameters = evaluate("unit,x,y\nA,1,5\nB,2,3\n", "--normalise", "percentile:5");
        assertThat(parameters.exit()).isEqualTo(2);
        assertThat(parameters.err()).contains("percentile takes no parameters");
        Run aggregate = evaluate("unit,x,y\nA,1,5\nB,2,3\n", "--aggregate", "borda");
        assertThat(aggregate.exit()).isEqualTo(2);
        assertThat(aggregate.err()).contains("amean, gmean, hmean, outranking");
        Run alternative =
                evaluate("unit,x,y\nA,1,5\nB,2,3\n", "--runs", "10", "--normalise-alternatives", "rank,ratio");
        assertThat(alternative.exit()).isEqualTo(2);
        assertThat(alternative.err()).contains("unknown normalisation ratio");
        Run runs = evaluate("unit,x,y\nA,1,5\nB,2,3\n", "--runs", "-1");
        assertThat(runs.exit()).isEqualTo(2);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aRatioOfANonPositiveValueIsRefusedInWords() throws IOException {
        Run run = evaluate("unit,x,y\nA,0,5\nB,2,3\n", "--normalise", "ratio-best");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("ratio normalisations need values above 0, got 0");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void theFrameworkFileNamesAnIndicatorsOwnNormalisation() throws IOException {
        Path f = Files.writeString(tmp.resolve("F.csv"), """
                code,parent,level,direction,weight,normalise
                x,index,1,1,1,ratio-best
                y,index,1,-1,1,
                z,index,1,1,1,abovebelow:0.1
                index,,2,1,1,
                """, StandardCharsets.UTF_8);
        Path d = Files.writeString(tmp.resolve("D.csv"), "unit,x,y,z\nA,4,10,1\nB,2,20,2\nC,8,30,3\n");
        Path out = tmp.resolve("out");

        int exit = StocktakeCli.commandLine()
                .execute("evaluate", "--data", d.toString(), "--framework", f.toString(), "--out", out.toString());

        assertThat(exit).isZero();
        // x: x / 8; y: the command's min-max on −y: 100, 50, 0; z: mean 2, band ±0.2: −1, 0, +1
        assertThat(Files.readAllLines(out.resolve("normalised.csv")))
                .containsExactly("unit,x,y,z", "A,0.5,100.0,-1.0", "B,0.25,50.0,0.0", "C,1.0,0.0,1.0");
    }

    @Test
    void aWrongNormalisationInTheFrameworkFileIsNamedByRowAndColumn() throws IOException {
        Path f = Files.writeString(tmp.resolve("F.csv"), """
                code,parent,level,direction,weight,normalise
                x,index,1,1,1,abovebelow:x
                y,index,1,-1,1,
                index,,2,1,1,percentile
                """, StandardCharsets.UTF_8);
        Path d = Files.writeString(tmp.resolve("D.csv"), "unit,x,y\nA,4,10\nB,2,20\n");
        StringWriter err = new StringWriter();

        int exit = StocktakeCli.commandLine()
                .setErr(new PrintWriter(err, true))
                .execute(
                        "evaluate",
                        "--data",
                        d.toString(),
                        "--framework",
                        f.toString(),
                        "--out",
                        tmp.resolve("out").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains(
                        "F.csv: 行 2 列 normalise: abovebelow 需要",
                        "abovebelow needs a threshold P",
                        "F.csv: 行 4 列 normalise",
                        "normalise applies to indicators (level 1) only");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void runsWriteEachUnitsMedianRankAndInterval() throws IOException {
        // A is best on x and y (y: lower is better), C worst on both: whatever is drawn, 1, 2, 3
        // (categorical:40:60 keeps the three apart: percentiles 100, 50, 0 score 100, 50, 0)
        Run run = evaluate(
                "unit,x,y\nA,9,1\nB,5,4\nC,1,8\n",
                "--runs",
                "60",
                "--weight-variation",
                "0.5",
                "--normalise-alternatives",
                "minmax:0:100,percentile,ratio-worst,categorical:40:60",
                "--aggregate-alternatives",
                "amean,outranking",
                "--seed",
                "16");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllLines(tmp.resolve("out").resolve("uncertainty.csv")))
                .containsExactly(
                        "unit,median_rank,p5,p95,ranked_runs",
                        "A,1.0,1.0,1.0,60",
                        "B,2.0,2.0,2.0,60",
                        "C,3.0,3.0,3.0,60");
    }
}
