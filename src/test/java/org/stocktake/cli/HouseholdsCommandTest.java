package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@code stocktake households generate|import|screen|check} in a separate JVM: a county's sample
 * (marked 模拟数据, ID numbers with the unassigned prefix 4399) is imported, re-imported without
 * change, screened against its feeds, and checked.
 */
class HouseholdsCommandTest {

    private static final Path DATA = Path.of("target/cli-households-test");

    private static String run(int expectedExit, String... args) throws Exception {
        Process p = CliProcess.start(DATA, args);
        List<String> output = CliProcess.drain(p);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join("\n", output)).isEqualTo(expectedExit);
        return String.join("\n", output);
    }

    @Test
    void generatesImportsScreensAndChecksACountysSample() throws Exception {
        CliProcess.initialised(DATA);
        Path sample = DATA.resolve("sample");
        assertThat(run(
                        0,
                        "households",
                        "generate",
                        "--county",
                        "430102",
                        "--households",
                        "300",
                        "--out",
                        sample.toString()))
                .contains("300");
        assertThat(Files.readString(sample.resolve("SAMPLE-DATA.txt"), StandardCharsets.UTF_8))
                .contains("模拟数据");
        try (InputStream in = Files.newInputStream(sample.resolve("extract.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet households = wb.getSheet("户信息");
            assertThat(households.getLastRowNum()).isEqualTo(300);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(households.getRow(1).getCell(17))).isEqualTo("模拟数据");
            assertThat(f.formatCellValue(wb.getSheet("家庭成员").getRow(1).getCell(2)))
                    .startsWith("4399");
        }
        String extract = sample.resolve("extract.xlsx").toString();
        assertThat(run(0, "households", "import", extract)).contains("新增 300 户");
        assertThat(run(0, "households", "import", extract)).contains("新增 0 户，变更 0 户，未变 300 户");
        Path clues = DATA.resolve("clues.csv");
        assertThat(run(
                        0,
                        "households",
                        "screen",
                        "--feeds",
                        sample.resolve("feeds").toString(),
                        "--out",
                        clues.toString()))
                .contains("已筛查 400 行");
        List<String> clueLines = Files.readAllLines(clues, StandardCharsets.UTF_8);
        assertThat(clueLines.get(0)).isEqualTo("clue,county,household,id_number,kind,amount_yuan");
        assertThat(clueLines).hasSizeGreaterThan(1);
        assertThat(String.join("\n", clueLines)).doesNotContainPattern("4399\\d{14}");
        Path problems = DATA.resolve("problems.csv");
        assertThat(run(0, "households", "check", "--out", problems.toString())).contains("已检查全部监测户");
        assertThat(Files.readString(problems, StandardCharsets.UTF_8))
                .startsWith("household,county,kind,rule,subject,zh,en")
                .contains("households.condition.");
    }
}
