package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code plan draft}: a draft plan file or the reading as annotation JSON; usage errors exit 2, bad files 1 with file and reason. */
class PlanDraftCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = StocktakeCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), err.toString());
    }

    private Path document() throws Exception {
        Path file = dir.resolve("opinions.txt");
        Files.writeString(file, """
                一、主要目标
                到2030年，全省森林覆盖率达到60%以上。
                二、重点任务
                （一）加强监测。2031年3月底前建成监测网络。（省林业局、省发展和改革委员会等负责）
                """, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonIsTheReadingInTheAnnotationSchema() throws Exception {
        Path out = dir.resolve("reading.json");
        assertThat(run("plan", "draft", document().toString(), "--format", "json", "--out", out.toString())
                        .code())
                .isZero();
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out));
        assertThat(json.propertyNames()).contains("sections", "targets", "responsible_units", "deadlines");
        JsonNode target = json.get("targets").get(0);
        assertThat(target.get("quote").asString()).isEqualTo("全省森林覆盖率达到60%以上");
        assertThat(target.get("comparator").asString()).isEqualTo(">=");
        assertThat(target.get("offset").asInt()).isEqualTo("一、主要目标\n到2030年，".length());
        assertThat(json.get("deadlines").get(0).get("date").asString()).isEqualTo("2030");
        assertThat(json.get("deadlines").get(1).get("date").asString()).isEqualTo("2031-03");
        assertThat(json.get("responsible_units").get(0).get("units").get(1).asString())
                .isEqualTo("省发展和改革委员会");
    }

    @Test
    void yamlIsADraftPlanWithUnitsMatchedByTheirAbbreviation() throws Exception {
        Path out = dir.resolve("draft.yaml");
        assertThat(run("plan", "draft", document().toString(), "--out", out.toString())
                        .code())
                .isZero();
        String yaml = Files.readString(out);
        assertThat(yaml).contains("format: stocktake-plan/1", "quote: 全省森林覆盖率达到60%以上", "comparator: at_least");
        // 省发展和改革委员会 is the shipped plan's 省发展改革委; 省林业局 is not a platform unit and is kept to be mapped
        assertThat(yaml).contains("U-PROV-DRC", "U-NEW-01", "deadline: 2031-03-31");
    }

    @Test
    void aBadFormatIsAUsageErrorAndABadFileNamesItselfAndTheReason() throws Exception {
        Run format = run("plan", "draft", document().toString(), "--format", "xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("unknown --format: xml (yaml, json)");
        Path broken = dir.resolve("broken.docx");
        Files.writeString(broken, "not a word file");
        Run bad = run("plan", "draft", broken.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("broken.docx", "not a readable Word (DOCX) file");
        assertThat(run("plan", "draft", dir.resolve("missing.txt").toString()).err())
                .contains("missing.txt");
    }
}
