package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code plan decompose docs/examples/decomposition-example.csv}, then {@code assess --plan hunan
 * --as-of 2025 --region 430100 --format csv}, each in its own process: Changsha's verdicts with
 * their basis — its own (example) targets, and the province's targets as benchmarks.
 */
class AssessRegionCommandTest {

    private static final Path DATA = Path.of("target/assess-region-data");

    private static String run(String... args) throws Exception {
        Process p = CliProcess.start(DATA, args);
        String out = String.join("\n", CliProcess.drain(p));
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void aPrefecturesVerdictsOnItsOwnTargetsAndAgainstTheProvinces() throws Exception {
        CliProcess.initialised(DATA);
        assertThat(run("plan", "decompose", "docs/examples/decomposition-example.csv"))
                .contains("28 个区域目标 region targets of 2 项目标 targets");
        String out = run("assess", "--plan", "hunan", "--as-of", "2025", "--region", "430100", "--format", "csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out))
                .getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames())
                .containsExactly("指标", "基数", "目标", "最新值", "完成进度", "时间进度", "评价", "说明", "评价依据");
        Map<String, CSVRecord> byName = rows.stream().collect(Collectors.toMap(r -> r.get("指标"), r -> r));

        // urbanisation: Changsha's own (example) target of +0.6 a year; only 2020 (82.6) is published, so 数据不足
        CSVRecord urban = byName.get("常住人口城镇化率年均提高1个百分点以上");
        assertThat(urban.get("评价依据")).isEqualTo("分解目标 示例（非官方）");
        assertThat(urban.get("目标")).isEqualTo("0.6 (2025)");
        assertThat(urban.get("评价")).isEqualTo("数据不足");
        // forest coverage is a share: benchmarked against the province's target, no Changsha data
        CSVRecord forest = byName.get("森林覆盖率稳定在59%以上");
        assertThat(forest.get("评价依据")).isEqualTo("对标全省目标");
        assertThat(forest.get("评价")).isEqualTo("数据不足");
        // the one target whose scope is Changsha itself (the four-hour air economy circle) is
        // judged on its own; no province-wide qualitative target and no total (grain areas) is
        assertThat(rows.stream().filter(r -> r.get("评价依据").equals("本级目标")).map(r -> r.get("指标")))
                .containsExactly("构建长沙四小时航空经济圈");
        assertThat(byName.keySet()).noneMatch(name -> name.contains("粮食"));
    }
}
