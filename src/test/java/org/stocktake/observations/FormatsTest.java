package org.stocktake.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** XLSX and SDMX-CSV imports, and export → import round trips in every format. */
class FormatsTest extends ImportTestSupport {

    @Test
    void importsTheFirstSheetOfAWorkbook() throws Exception {
        Path file = Path.of("target/import-tests/values.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("data");
            Object[][] rows = {
                {"indicator", "region", "period", "value", "unit", "source", "flags"},
                {"gdp", "430111", "2021", 321.123456789, "亿元", "workbook", "preliminary"},
                {"gdp", "430111", "2022", 333.0, null, "workbook", null},
                {"urbanisation_rate", "430111", "2022-07", 70.5, "%", null, null}
            };
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    if (rows[i][j] instanceof Double d) {
                        row.createCell(j).setCellValue(d);
                    } else if (rows[i][j] != null) {
                        row.createCell(j).setCellValue((String) rows[i][j]);
                    }
                }
            }
            workbook.write(out);
        }

        ImportResult result = importAs(file, Status.APPROVED);

        assertThat(result.appended()).isEqualTo(3);
        assertThat(observations.find(null, "430111"))
                .extracting(
                        Observation::indicator,
                        Observation::period,
                        o -> o.value().toPlainString(),
                        Observation::unit,
                        Observation::source)
                .containsExactly(
                        tuple("gdp", "2021", "321.123456789", "亿元", "workbook"),
                        tuple("gdp", "2022", "333", "亿元", "workbook"),
                        tuple("urbanisation_rate", "2022-07", "70.5", "%", "values.xlsx"));
    }

    @Test
    void readsEverySheetOfAWorkbookAndNamesTheSheetInProblems() throws Exception {
        Path file = Path.of("target/import-tests/two-sheets.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            String[][] first = {{"indicator", "region", "period", "value"}, {"gdp", "430111", "2019", "1"}};
            String[][] second = {{"indicator", "region", "period", "value"}, {"gdp", "430111", "2020", "x"}};
            fill(workbook.createSheet("observations"), first);
            fill(workbook.createSheet("observations-2"), second);
            workbook.write(out);
        }
        assertThatThrownBy(() -> importAs(file, Status.APPROVED))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        e -> assertThat(e.details())
                                .extracting(ImportProblem::row, ImportProblem::column)
                                .containsExactly(tuple(2L, "observations-2!value")));
    }

    private static void fill(Sheet sheet, String[][] rows) {
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            for (int j = 0; j < rows[i].length; j++) {
                row.createCell(j).setCellValue(rows[i][j]);
            }
        }
    }

    @Test
    void importsSdmxCsvWithLabelledHeadersQuarterPeriodsAndObservationStatus() {
        Path file = write("values.sdmx.csv", """
                DATAFLOW,INDICATOR: Indicator,REF_AREA: Reference area,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS
                HN:DF_STATS(1.0),gdp,430112,2023-Q1,80.5,亿元,P
                HN:DF_STATS(1.0),gdp,430112,2023-Q2,85,亿元,A
                HN:DF_STATS(1.0),gdp,430112,2023-Q3,,亿元,M
                HN:DF_STATS(1.0),urbanisation_rate,430112,2023-M07,66.1,%,E
                """);

        ImportResult result = importAs(file, Status.APPROVED);

        assertThat(result.rows()).isEqualTo(3);
        assertThat(observations.history(TESTER, new ObservationKey("gdp", "430112", "2023Q1")))
                .singleElement()
                .satisfies(r -> assertThat(r.flags()).containsExactly(Flag.PRELIMINARY));
        assertThat(observations
                        .current(TESTER, new ObservationKey("urbanisation_rate", "430112", "2023-07"))
                        .orElseThrow()
                        .flags())
                .containsExactly(Flag.ESTIMATED);
        assertThat(observations.find("gdp", "430112"))
                .extracting(Observation::period)
                .containsExactly("2023Q1", "2023Q2");
    }

    @Test
    void sdmxErrorsNameTheSdmxColumns() {
        Path file = write("bad.sdmx.csv", """
                DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS
                HN:DF,gdp,430112,2023-Q5,1,A
                HN:DF,gdp,430112,2023,x,Z
                """);
        assertThatThrownBy(() -> importAs(file, Status.APPROVED))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        e -> assertThat(e.details())
                                .extracting(ImportProblem::row, ImportProblem::column)
                                .containsExactly(
                                        tuple(2L, "TIME_PERIOD"), tuple(3L, "OBS_VALUE"), tuple(3L, "OBS_STATUS")));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAtItsHeader() {
        Path file = write("no-value.csv", "indicator,region,period\ngdp,430112,2021\n");
        assertThatThrownBy(() -> importAs(file, Status.APPROVED))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        e -> assertThat(e.details())
                                .extracting(ImportProblem::row, ImportProblem::column)
                                .containsExactly(tuple(1L, "value")));
    }

    @Test
    void thePublishedStatisticsExportAndImportBackUnchanged() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long exported = exports.export(TESTER, DataFormat.CSV, new ExportService.Query(null, "430000", false), out);
        assertThat(exported).isGreaterThan(10);
        Path file = Path.of("target/import-tests/province-export.csv");
        Files.write(file, out.toByteArray());
        long before = revisions();

        ImportResult again = importAs(file, Status.APPROVED);

        assertThat(again.rows()).isEqualTo(exported);
        assertThat(again.appended()).isZero();
        assertThat(revisions()).isEqualTo(before);
    }

    @Test
    void aYearOutOfRangeIsABadPeriodAndAHugeNumberIsOutOfRange() {
        Path file = write("range.csv", HEADER + "gdp,430112,1800,1,,s,\ngdp,430112,2020,1e200000,,s,\n");
        assertThatThrownBy(() -> importAs(file, Status.APPROVED))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        e -> assertThat(e.details())
                                .extracting(ImportProblem::row, ImportProblem::column)
                                .containsExactly(tuple(2L, "period"), tuple(3L, "value")));
    }

    @ParameterizedTest
    @EnumSource(DataFormat.class)
    void anExportImportsBackAsANoOp(DataFormat format) throws Exception {
        String region = switch (format) {
            case CSV -> "430121";
            case XLSX -> "430182";
            case SDMX -> "430202";
        };
        importAs(write("round-" + format + ".csv", HEADER + """
                gdp,%1$s,2019,1234.5678,亿元,"yearbook, table 3-1",revised
                gdp,%1$s,2020,1300,亿元,yearbook,
                urbanisation_rate,%1$s,2020Q4,55.25,%%,"quarterly ""flash"" report",preliminary
                urbanisation_rate,%1$s,2021-02,55.5,%%,monthly,estimated
                """.formatted(region)), Status.APPROVED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long exported = exports.export(TESTER, format, new ExportService.Query(null, region, false), out);
        assertThat(exported).isEqualTo(4);
        Path file = Path.of("target/import-tests/export-" + region
                + switch (format) {
                    case CSV -> ".csv";
                    case XLSX -> ".xlsx";
                    case SDMX -> ".sdmx.csv";
                });
        Files.write(file, out.toByteArray());
        long before = revisions();

        ImportResult again =
                imports.importFile(TESTER, new ImportRequest(file, null, "round trip", Status.APPROVED, null, null));

        assertThat(again.rows()).isEqualTo(4);
        if (format == DataFormat.SDMX) {
            // OBS_STATUS carries one flag; the 'revised' mark of 2019 comes back as 'revised' (R).
            assertThat(again.appended()).isZero();
        }
        assertThat(again.appended()).isZero();
        assertThat(revisions()).isEqualTo(before);
    }
}
