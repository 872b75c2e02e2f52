package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code stocktake data import|export|history} in a separate JVM, as a user runs them, on a data
 * directory as a first start leaves it.
 */
class DataCommandTest {

    private static final Path DATA = Path.of("target/cli-data-test");

    private static List<String> run(int expectedExit, String... args) throws Exception {
        Process p = CliProcess.start(DATA, args);
        List<String> output = CliProcess.drain(p);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join("\n", output)).isEqualTo(expectedExit);
        return output;
    }

    @Test
    void importRefusesABadFileThenImportsExportsAndShowsHistory() throws Exception {
        CliProcess.initialised(DATA);
        Path bad = Files.writeString(
                DATA.resolve("bad.csv"),
                "indicator,region,period,value\ngdp,430102,2021Q9,1\n",
                StandardCharsets.UTF_8);
        assertThat(String.join("\n", run(1, "data", "import", bad.toString()))).contains("bad.csv: 行 2 列 period");

        Path good = Files.writeString(DATA.resolve("good.csv"), """
                indicator,region,period,value,source
                gdp,430102,2021,12.5,bulletin
                """, StandardCharsets.UTF_8);
        assertThat(String.join(
                        "\n",
                        run(
                                0,
                                "data",
                                "import",
                                good.toString(),
                                "--status",
                                "approved",
                                "--user",
                                "statistician",
                                "--reason",
                                "bulletin 2022")))
                .contains("1 条新修订 new revisions");
        assertThat(String.join("\n", run(0, "data", "import", good.toString(), "--status", "approved")))
                .contains("0 条新修订 new revisions");

        Path out = DATA.resolve("export.csv");
        run(0, "data", "export", "--region", "430102", "--out", out.toString());
        assertThat(Files.readAllLines(out))
                .containsExactly(
                        "indicator,region,period,value,unit,source,flags", "gdp,430102,2021,12.5,亿元,bulletin,");
        assertThat(String.join("\n", run(0, "data", "history", "gdp", "430102", "2021")))
                .contains("#1", "12.5", "approved", "statistician", "bulletin 2022");

        // A class C value of the additions (Changsha's 2022 GDP from a content-farm list), confirmed
        // by a named statistician; a value that is not class C is refused with the reason.
        assertThat(String.join("\n", run(0, "data", "history", "gdp", "430100", "2022")))
                .contains("13966.11", "C 聚合网站转载，待核实");
        assertThat(String.join(
                        "\n",
                        run(
                                0,
                                "data",
                                "confirm",
                                "gdp",
                                "430100",
                                "2022",
                                "--user",
                                "statistician",
                                "--reason",
                                "长沙市2022年统计公报")))
                .contains("已核实 gdp/430100/2022 = 13966.11（修订 2）");
        assertThat(String.join("\n", run(0, "data", "history", "gdp", "430100", "2022")))
                .contains("#2", "statistician", "长沙市2022年统计公报", "已由 statistician");
        assertThat(String.join("\n", run(1, "data", "confirm", "gdp", "430102", "2021", "--reason", "x")))
                .contains("不是 C 类");
    }
}
