package org.stocktake.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped Hunan plan file: its text is the seed's text in simplified characters, its targets
 * quote that text, and the file reads, checks and writes back unchanged.
 */
class HunanPlanTest {

    static final Path PLAN_FILE = Path.of("src/main/resources/plans/hunan-central-2021.yaml");
    static final Path SEED = Path.of("src/test/resources/seed/hunan-central-region-opinions-2021.txt");

    /**
     * Proof-reading of the traditional seed, applied before the opencc4j conversion: each entry is a
     * place where a traditional form is wrong or maps to more than one simplified form, with the
     * simplified words of the official original. Every key must occur in the seed.
     */
    static final Map<String, String> CORRECTIONS = corrections(
            "內生髮展", "内生发展", // the seed has 髮 (hair) for 發
            "骨幹", "骨干",
            "長江干流", "长江干流",
            "長江干線", "长江干线",
            "通用飛機制造", "通用飞机制造",
            "彙報銜接", "汇报衔接",
            "可複製", "可复制",
            "複製推廣", "复制推广",
            "漣水航道復航", "涟水航道复航",
            "全生命週期", "全生命周期",
            "碳達峯", "碳达峰",
            "雪峯山", "雪峰山",
            "嶽麓山", "岳麓山",
            "歷史文化遺蹟", "历史文化遗迹",
            "着力", "着力"); // mainland usage keeps 着力 (not 著力)

    static PlanDocument plan;
    static String yaml;
    static PlanReferences references;

    @BeforeAll
    static void readPlan() throws IOException {
        yaml = Files.readString(PLAN_FILE, StandardCharsets.UTF_8);
        references = new PlanReferences(
                firstColumn(Path.of("src/main/resources/hunan/divisions.csv")),
                firstColumn(Path.of("src/main/resources/hunan/indicators.csv")));
        plan = PlanFiles.read(PLAN_FILE.toString(), yaml, references);
    }

    @Test
    void headerNamesTheIssuerTheDateAndTheSource() throws IOException {
        assertThat(plan.code()).isEqualTo("hunan-central-2021");
        assertThat(plan.issuer().zh()).isEqualTo("中共湖南省委 湖南省人民政府");
        assertThat(plan.adopted()).isEqualTo("2021-07-14");
        assertThat(plan.source()).isEqualTo("湖南日报");
        assertThat(plan.region()).isEqualTo("430000");
        assertThat(plan.preamble()).isEqualTo(seed().preamble());
    }

    @Test
    void sevenPartsAndTwentyFiveArticlesNumberedInOrder() {
        assertThat(plan.parts())
                .extracting(PlanDocument.Part::number)
                .containsExactly("一", "二", "三", "四", "五", "六", "七");
        List<PlanDocument.Article> articles = plan.articles();
        assertThat(articles).hasSize(25);
        for (int i = 0; i < articles.size(); i++) {
            assertThat(articles.get(i).code()).isEqualTo(String.format("A%02d", i + 1));
            assertThat(articles.get(i).number()).isEqualTo(chineseNumber(i + 1));
        }
        assertThat(plan.parts()).allSatisfy(p -> assertThat(p.title().en()).isNotBlank());
        assertThat(articles).allSatisfy(a -> assertThat(a.title().en()).isNotBlank());
    }

    @Test
    void theTextIsTheSeedInSimplifiedCharacters() throws IOException {
        Seed seed = seed();
        assertThat(plan.parts()).extracting(p -> p.title().zh()).containsExactlyElementsOf(seed.partTitles());
        List<PlanDocument.Article> articles = plan.articles();
        assertThat(articles).hasSameSizeAs(seed.articles());
        for (int i = 0; i < articles.size(); i++) {
            SeedArticle expected = seed.articles().get(i);
            PlanDocument.Article actual = articles.get(i);
            assertThat(actual.title().zh()).as(actual.code() + " title").isEqualTo(expected.title());
            assertThat(actual.text()).as(actual.code() + " text").isEqualTo(expected.text());
        }
        assertThat(articles.get(1).text()).contains("\n\n到2035年,");
        assertThat(articles.get(0).text()).startsWith("以习近平新时代中国特色社会主义思想为指导,");
    }

    @Test
    void everyCorrectionMatchesTheSeed() throws IOException {
        String traditional = Files.readString(SEED, StandardCharsets.UTF_8);
        assertThat(CORRECTIONS.keySet()).allSatisfy(k -> assertThat(traditional).contains(k));
    }

    @Test
    void theSimplifiedTextHasNoTraditionalCharactersLeft() {
        String all = plan.preamble()
                + plan.articles().stream().map(a -> a.title().zh() + a.text()).collect(Collectors.joining());
        assertThat(all).doesNotContain("爲", "於", "製", "佔", "裏", "臺", "後", "髮", "週", "彙");
        assertThat(ZhConverterUtil.toSimple(all)).isEqualTo(all);
    }

    @Test
    void everyQuoteIsInItsArticleAndTargetsFollowTheText() {
        Map<String, PlanDocument.Article> byCode =
                plan.articles().stream().collect(Collectors.toMap(PlanDocument.Article::code, a -> a));
        List<PlanDocument.Target> targets = plan.targets();
        int lastArticle = 0;
        int lastPosition = -1;
        for (int i = 0; i < targets.size(); i++) {
            PlanDocument.Target t = targets.get(i);
            assertThat(t.code()).isEqualTo(String.format("T%02d", i + 1));
            String text = byCode.get(t.article()).text();
            assertThat(text).as(t.code() + " quote").contains(t.quote());
            assertThat(t.title().en()).as(t.code() + " English title").isNotBlank();
            int article = Integer.parseInt(t.article().substring(1));
            int position = text.indexOf(t.quote());
            assertThat(article > lastArticle || position >= lastPosition)
                    .as(t.code() + " in text order")
                    .isTrue();
            lastArticle = article;
            lastPosition = position;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            manufacturing_va_share_gdp           | level            | 30   | %     | 制造业增加值占地区生产总值比重达到30%
            digital_economy_core_share_gdp       | level            | 11   | %     | 数字经济核心产业增加值占地区生产总值比重达到11%
            industrial_investment_share_fai      | level            | 61.5 | %     | 产业投资占固定资产投资比重达到61.5%
            rd_expenditure                       | annual_growth    | 12   | %     | 全社会研发经费投入年均增长12%以上
            high_value_invention_patents_per_10k | level            | 4    | 件    | 每万人口高价值发明专利拥有量达4件
            urbanisation_rate                    | annual_increment | 1    | 个百分点 | 常住人口城镇化率年均提高1个百分点以上
            forest_coverage                      | maintain         | 59   | %     | 森林覆盖率稳定在59%以上
            trade_dependency                     | level            | 15   | %     | 对外贸易依存度提高到15%
            """)
    void theQuantitative2025Targets(String indicator, String kind, BigDecimal value, String unit, String quote) {
        PlanDocument.Target t = onlyTarget(indicator);
        assertThat(t.kind().code()).isEqualTo(kind);
        assertThat(t.comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(t.value()).isEqualByComparingTo(value);
        assertThat(t.unit()).isEqualTo(unit);
        assertThat(t.quote()).contains(quote);
        assertThat(t.article()).isEqualTo("A02");
        assertThat(t.targetYear()).isEqualTo(2025);
        assertThat(t.scope()).isEqualTo("430000");
        assertThat(t.baseline()).isEqualTo(new PlanDocument.Baseline(2020, null));
        assertThat(t.attribute())
                .isEqualTo(indicator.equals("forest_coverage") ? Attribute.BINDING : Attribute.EXPECTED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            energy_intensity          | DECREASE | false | binding
            co2_intensity             | DECREASE | false | binding
            major_pollutant_emissions | DECREASE | true  | binding
            orphan_basic_allowance    | INCREASE | false | expected
            loan_deposit_ratio        | INCREASE | false | expected
            """)
    void directionTargets(String indicator, Direction direction, boolean eachYear, String attribute) {
        PlanDocument.Target t = onlyTarget(indicator);
        assertThat(t.kind()).isEqualTo(TargetKind.DIRECTION);
        assertThat(t.direction()).isEqualTo(direction);
        assertThat(Boolean.TRUE.equals(t.eachYear())).isEqualTo(eachYear);
        assertThat(t.attribute().code()).isEqualTo(attribute);
    }

    @Test
    void floorParityAndRankTargets() {
        PlanDocument.Target grain = onlyTarget("grain_functional_area");
        assertThat(grain.kind()).isEqualTo(TargetKind.FLOOR);
        assertThat(grain.article()).isEqualTo("A12");
        assertThat(grain.value()).isEqualByComparingTo("3850");
        assertThat(grain.unit()).isEqualTo("万亩");
        assertThat(grain.attribute()).isEqualTo(Attribute.BINDING);
        assertThat(grain.quote()).isEqualTo("确保粮食生产功能区3850万亩底线不突破");

        PlanDocument.Target income = onlyTarget("per_capita_disposable_income");
        assertThat(income.kind()).isEqualTo(TargetKind.PARITY);
        assertThat(income.referenceIndicator()).isEqualTo("gdp");

        PlanDocument.Target business = onlyTarget("business_environment_rank");
        assertThat(business.kind()).isEqualTo(TargetKind.RANK);
        assertThat(business.peers()).isEqualTo("全国各省份");

        PlanDocument.Target innovation = onlyTarget("regional_innovation_rank");
        assertThat(innovation.kind()).isEqualTo(TargetKind.RANK);
        assertThat(innovation.targetYear()).isEqualTo(2035);
    }

    @Test
    void bindingTargetsSayWhy() {
        assertThat(plan.targets())
                .filteredOn(t -> t.attribute() == Attribute.BINDING)
                .extracting(PlanDocument.Target::indicator)
                .containsExactlyInAnyOrder(
                        "energy_intensity",
                        "co2_intensity",
                        "major_pollutant_emissions",
                        "forest_coverage",
                        "grain_functional_area")
                .hasSize(5);
        assertThat(plan.targets())
                .filteredOn(t -> t.attribute() == Attribute.BINDING)
                .allSatisfy(t -> assertThat(t.note()).contains("约束性"));
    }

    @Test
    void theGrowthPoleIsScopedToChangZhuTan() {
        PlanDocument.Target pole = plan.targets().stream()
                .filter(t -> t.quote().equals("长株潭都市圈成为全国重要增长极"))
                .findFirst()
                .orElseThrow();
        assertThat(pole.kind()).isEqualTo(TargetKind.QUALITATIVE);
        assertThat(pole.indicator()).isNull();
        assertThat(group("CZT").members()).containsExactly("430100", "430200", "430300");
        assertThat(pole.scope()).isEqualTo("CZT");
    }

    @Test
    void regionGroupsAsThePlanNamesThem() {
        assertThat(group("3P5").members())
                .containsExactlyInAnyOrder(
                        "430100", "430200", "430300", "430600", "430700", "430900", "430400", "431300");
        assertThat(group("CORE2SUB").members())
                .containsExactlyInAnyOrder("430100", "430200", "430300", "430600", "430400");
        Set<String> fourAreas = IntStream.range(0, 4)
                .boxed()
                .flatMap(i -> group(List.of("CZT", "DTH", "XN", "DXX").get(i)).members().stream())
                .collect(Collectors.toSet());
        assertThat(fourAreas).hasSize(14);
        assertThat(group("HSR-HK").members()).contains("431200", "430500", "431300");
        assertThat(group("HSR-YCX").members()).contains("430900", "430700", "430800", "433100");
        assertThat(group("HSR-JG").members()).contains("430600", "430400", "431000");
    }

    @Test
    void unitsIncludeTheCoordinatorsAndAllFourteenPrefectures() {
        assertThat(plan.units()).extracting(u -> u.name().zh()).contains("省委", "省政府", "省委财经办", "省发展改革委", "省直有关部门");
        assertThat(plan.units())
                .filteredOn(u -> u.kind().equals("prefecture"))
                .hasSize(14)
                .allSatisfy(u -> assertThat(u.code()).isEqualTo("U-PREF-" + u.region()));
    }

    @Test
    void everyArticleFromThreeOnHasATask() {
        Set<String> withTasks =
                plan.tasks().stream().map(PlanDocument.Task::article).collect(Collectors.toSet());
        IntStream.rangeClosed(3, 25).forEach(i -> assertThat(withTasks).contains(String.format("A%02d", i)));
        assertThat(plan.tasks()).allSatisfy(t -> {
            assertThat(t.cycle()).isEqualTo("quarterly");
            assertThat(t.deadline()).isNotBlank();
        });
        assertThat(plan.tasks())
                .filteredOn(t -> t.lead() != null)
                .extracting(PlanDocument.Task::lead)
                .containsExactlyInAnyOrder("U-PROV-DEPTS", "U-PROV-FEO");
    }

    @Test
    void writingAndReadingGivesTheSamePlanAndTheShippedFileIsCanonical() {
        String written = PlanFiles.write(plan);
        assertThat(PlanFiles.read("written.yaml", written, references)).isEqualTo(plan);
        assertThat(written).isEqualTo(yaml);
    }

    // --- the seed, read independently of the plan file ---

    record SeedArticle(String title, String text) {}

    record Seed(String preamble, List<String> partTitles, List<SeedArticle> articles) {}

    private static final Pattern PART = Pattern.compile("^[一二三四五六七八九十]+、(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^\\([一二三四五六七八九十]+\\)([^。]*)。(.*)$");

    static Seed seed() throws IOException {
        assertThat(SEED).as("the seed text in src/test/resources/seed").exists();
        String traditional = Files.readString(SEED, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> fix : CORRECTIONS.entrySet()) {
            traditional = traditional.replace(fix.getKey(), fix.getValue());
        }
        String preamble = null;
        List<String> parts = new ArrayList<>();
        List<String[]> articles = new ArrayList<>();
        for (String line : traditional.split("\n")) {
            String simple = ZhConverterUtil.toSimple(line.strip());
            if (simple.isEmpty() || simple.equals("相关文章")) {
                continue;
            }
            Matcher part = PART.matcher(simple);
            Matcher article = ARTICLE.matcher(simple);
            if (part.matches()) {
                parts.add(part.group(1));
            } else if (article.matches() && !parts.isEmpty()) {
                articles.add(new String[] {article.group(1), article.group(2)});
            } else if (!articles.isEmpty()) {
                articles.get(articles.size() - 1)[1] += "\n\n" + simple;
            } else if (simple.startsWith("推动中部地区高质量发展")) {
                preamble = simple;
            }
        }
        return new Seed(
                preamble,
                parts,
                articles.stream().map(a -> new SeedArticle(a[0], a[1])).toList());
    }

    // --- helpers ---

    private static PlanDocument.Target onlyTarget(String indicator) {
        List<PlanDocument.Target> found = plan.targets().stream()
                .filter(t -> indicator.equals(t.indicator()))
                .toList();
        assertThat(found).as("targets on " + indicator).hasSize(1);
        return found.get(0);
    }

    private static PlanDocument.RegionGroup group(String code) {
        return plan.regionGroups().stream()
                .filter(g -> g.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Set<String> firstColumn(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> l.substring(0, l.indexOf(',')))
                .collect(Collectors.toSet());
    }

    private static Map<String, String> corrections(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static String chineseNumber(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n >= 20 ? digits[n / 10] : "") + "十" + digits[n % 10];
    }
}
