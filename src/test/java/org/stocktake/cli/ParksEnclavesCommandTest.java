package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code stocktake enclaves import|ledger} and {@code stocktake parks import-values|evaluate} in a
 * separate JVM, as the README shows them, on a data directory as a first start leaves it (with
 * the sample parks). The agreement gives 长沙市 40% of the sample park 示例高新区丁's GDP (168.0 in
 * 2024): 15268.78 + 67.2 = 15335.98 in the assessment view; the statistical view stays 15268.78.
 */
class ParksEnclavesCommandTest {

    private static final Path DATA = Path.of("target/cli-parks-test");

    private static String run(int expectedExit, String... args) throws Exception {
        Process p = CliProcess.start(DATA, args);
        List<String> output = CliProcess.drain(p);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join("\n", output)).isEqualTo(expectedExit);
        return String.join("\n", output);
    }

    @Test
    void agreementsInTheLedgerOutInEitherViewAndParksEvaluated() throws Exception {
        CliProcess.initialised(DATA);
        String header =
                "name,sender,host,park,document,valid_from,valid_to,indicator,method,sender_share,base_year,base_value\n";
        Path bad = Files.writeString(
                DATA.resolve("agreements-bad.csv"),
                header + "A,430100,430100,SAMPLE-P4,doc,2023-07-01,,gdp,proportional,1.4,,\n",
                StandardCharsets.UTF_8);
        assertThat(run(1, "enclaves", "import", bad.toString()))
                .contains(
                        "agreements-bad.csv: 行 2 列 host",
                        "agreements-bad.csv: 行 2 列 park",
                        "agreements-bad.csv: 行 2 列 sender_share");
        Path good = Files.writeString(
                DATA.resolve("agreements.csv"),
                header + "长湘飞地协议,430100,433100,SAMPLE-P4,长湘飞地合作协议,2023-07-01,,gdp,proportional,0.4,,\n",
                java.nio.charset.Charset.forName("GB18030")); // as a spreadsheet saves it on a Chinese Windows
        assertThat(run(0, "enclaves", "import", good.toString())).contains("agreements imported: 1");

        Path assessment = DATA.resolve("ledger-assessment.csv");
        assertThat(run(
                        0,
                        "enclaves",
                        "ledger",
                        "--year",
                        "2024",
                        "--view",
                        "assessment",
                        "--out",
                        assessment.toString()))
                .contains("考核口径，不得公开");
        String a = Files.readString(assessment, StandardCharsets.UTF_8);
        assertThat(a).contains("考核口径，不得公开", "430100,\"长沙市\",gdp,\"地区生产总值\",15335.98", "433100", "788.75");

        Path statistical = DATA.resolve("ledger-statistical.csv");
        run(0, "enclaves", "ledger", "--year", "2024", "--view", "statistical", "--out", statistical.toString());
        String s = Files.readString(statistical, StandardCharsets.UTF_8);
        assertThat(s).contains("15268.78", "855.95").doesNotContain("考核", "15335.98");

        Path values = Files.writeString(
                DATA.resolve("values-bad.csv"),
                "park,indicator,year,value\nSAMPLE-N1,plan_fit,20x5,1\n",
                StandardCharsets.UTF_8);
        assertThat(run(1, "parks", "import-values", values.toString())).contains("values-bad.csv: 行 2 列 year");

        Path out = DATA.resolve("parks-2023");
        assertThat(run(0, "parks", "evaluate", "--year", "2023", "--out", out.toString(), "--document", "示例文件"))
                .contains("8 个园区 parks, 3 项决定 decisions");
        assertThat(Files.readAllLines(out.resolve("scores.csv"), StandardCharsets.UTF_8))
                .hasSize(10)
                .first()
                .asString()
                .contains("模拟数据");
        assertThat(Files.readString(out.resolve("decisions.csv"), StandardCharsets.UTF_8))
                .contains("SAMPLE-N4", "SAMPLE-P4", "同类园区排名末位连续两年：预警", "示例文件");
    }
}
