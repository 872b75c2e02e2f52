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
 * {@code assess --plan hunan --as-of 2025 --format csv} in its own process on a data directory
 * as a first start leaves it: the Hunan table, with numbers worked by hand from the shipped
 * statistics.
 */
class AssessCommandTest {

    private static final Path DATA = Path.of("target/assess-data");

    @Test
    void theHunanTableForTheQuantitativeTargets() throws Exception {
        CliProcess.initialised(DATA);
        Process p = CliProcess.start(DATA, "assess", "--plan", "hunan", "--as-of", "2025", "--format", "csv");
        String out = String.join("\n", CliProcess.drain(p));
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out))
                .getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames())
                .containsExactly("指标", "基数", "目标", "最新值", "完成进度", "时间进度", "评价", "说明");
        Map<String, CSVRecord> byName = rows.stream().collect(Collectors.toMap(r -> r.get("指标"), r -> r));

        // Forest coverage: 59.96 (2020) … 54.11 (2024) crosses the 2024 caliber change; the province
        // re-set the target to ≥53.15% on the new caliber, and 54.11 ≥ 53.15 → 基本符合预期, not final
        // (no 2025 value yet).
        CSVRecord forest = byName.get("森林覆盖率稳定在59%以上");
        assertThat(forest.get("基数")).isEqualTo("2024: 54.11");
        assertThat(forest.get("目标")).isEqualTo("≥59% (2025)；2024年起新口径≥53.15%");
        assertThat(forest.get("最新值")).isEqualTo("2024: 54.11");
        assertThat(forest.get("评价")).isEqualTo("基本符合预期");
        assertThat(forest.get("说明")).contains("口径", "53.15%", "目标年（2025年）数据尚未发布");

        // Trade dependency is derived: 4874.5 / 41781.49 × 100 = 11.6666 (2020, the additions' trade
        // total) and 5988.5 / 46063.09 × 100 = 13.0006 (2021: the restated 5972.8 is a class C copy,
        // not used until confirmed); (13.0006 − 11.6666) / (15 − 11.6666) = 40.0% done against 20% of
        // the time: 快于预期.
        CSVRecord trade = byName.get("对外贸易依存度提高到15%");
        assertThat(trade.get("基数")).isEqualTo("2020: 11.6666");
        assertThat(trade.get("最新值")).isEqualTo("2021: 13.0006");
        assertThat(trade.get("完成进度")).isEqualTo("40.0%");
        assertThat(trade.get("评价")).isEqualTo("快于预期");

        // Manufacturing share: 26.4 in the target year 2025 < 30 → 未实现, 3.6 points short.
        CSVRecord manufacturing = byName.get("制造业增加值占地区生产总值比重达到30%");
        assertThat(manufacturing.get("基数")).isEqualTo("2020: 26.9");
        assertThat(manufacturing.get("最新值")).isEqualTo("2025: 26.4");
        assertThat(manufacturing.get("评价")).isEqualTo("未实现");
        assertThat(manufacturing.get("说明")).contains("差3.6个百分点", "基期值为推算值");
        // R&D: growth, not a level: 12.6% a year 2020→2023 from the yearly rates.
        CSVRecord rd = byName.get("全社会研发经费投入年均增长12%以上");
        assertThat(rd.get("基数")).isEqualTo("2020");
        assertThat(rd.get("最新值")).isEqualTo("2023: 年均增长12.6%");
        assertThat(rd.get("评价")).isEqualTo("基本符合预期");
        // Urbanisation: 58.76 (2020) → 62.07 (2024), 0.83 points a year against 1 → 滞后.
        CSVRecord urban = byName.get("常住人口城镇化率年均提高1个百分点以上");
        assertThat(urban.get("基数")).isEqualTo("2020: 58.76");
        assertThat(urban.get("最新值")).isEqualTo("2024: 62.07");
        assertThat(urban.get("评价")).isEqualTo("滞后");
        // No value at all for the digital economy, industrial investment and high-value patents.
        for (String name : List.of("数字经济核心产业增加值占地区生产总值比重达到11%", "产业投资占固定资产投资比重达到61.5%", "每万人口高价值发明专利拥有量达4件")) {
            assertThat(byName.get(name).get("最新值")).as(name).isEqualTo("—");
            assertThat(byName.get(name).get("评价")).as(name).isEqualTo("数据不足");
        }
        // Qualitative targets of 2025 as of 2025 are final: never 基本符合预期 with tasks still open.
        assertThat(rows.stream().filter(r -> r.get("目标").equals("定性（2025年）")))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("评价")).isIn("已实现", "未实现", "数据不足"));
        // At least five of the eight quantitative 2025 targets are judged on real data.
        assertThat(List.of(
                                "制造业增加值占地区生产总值比重达到30%",
                                "数字经济核心产业增加值占地区生产总值比重达到11%",
                                "产业投资占固定资产投资比重达到61.5%",
                                "全社会研发经费投入年均增长12%以上",
                                "每万人口高价值发明专利拥有量达4件",
                                "常住人口城镇化率年均提高1个百分点以上",
                                "森林覆盖率稳定在59%以上",
                                "对外贸易依存度提高到15%")
                        .stream()
                        .filter(name -> !byName.get(name).get("评价").equals("数据不足"))
                        .count())
                .isGreaterThanOrEqualTo(5);
    }
}
