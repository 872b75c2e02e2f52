package org.stocktake.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of the reader's grammar, by a table of sentences written for the test (not from the development set). */
class GrammarRulesTest {

    private static String targets(String text) {
        return PolicyReader.read(text).targets().stream()
                .map(t -> t.comparator() + " " + value(t.value()) + " " + t.unit() + " " + t.targetYear() + " "
                        + t.kind())
                .collect(Collectors.joining("; "));
    }

    private static String value(Object v) {
        return v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // comparators and qualifiers
                "到2030年，全省森林蓄积量达到8亿立方米。                | = 8 亿立方米 2030 level",
                "到2030年，城市污水处理率达到98%以上。                  | >= 98 % 2030 level",
                "到2030年，新能源汽车保有量超过200万辆。                | >= 200 万辆 2030 level",
                "到2030年，县域医共体覆盖率不低于90%。                  | >= 90 % 2030 level",
                "到2030年，耕地保有量不少于8000万亩。                   | >= 8000 万亩 2030 level",
                "到2030年，企业开办时间压缩至2个工作日。                 | <= 2 个工作日 2030 threshold",
                "到2030年，城镇调查失业率控制在5.5%以内。               | <= 5.5 % 2030 threshold",
                "到2030年，粮食产量稳定在600亿斤左右。                  | = 600 亿斤 2030 level",
                "到2030年，湿地保护率稳定在70%以上。                    | maintain>= 70 % 2030 level",
                "到2030年，单位产值用水量下降16%。                      | decrease 16 % 2030 cumulative_change",
                "到2030年，新增城镇就业50万人以上。                     | >= 50 万人 2030 cumulative_change",
                "到2030年，地区生产总值年均增长6%左右。                 | = 6 % 2030 annual_growth",
                "到2030年，研发投入强度年均提高0.2个百分点。            | = 0.2 个百分点 2030 annual_increment",
                "到2030年，重大安全事故零发生。                         | = 0 起 2030 level",
                "到2030年，农村生活垃圾全量利用。                       | = 100 % 2030 level",
                "到2030年，营商环境位居全国前列。                       | rank 全国前列 null 2030 rank",
                "到2030年，居民收入与经济增长基本同步。                 | parity 基本同步 null 2030 parity",
                "到2030年，居民收入增长和经济增长同步。                 | parity 同步 null 2030 parity",
                "到2030年，单位能耗进一步降低。                         | decrease null null 2030 direction",
                "到2030年，基本实现农业现代化。                         | = null null 2030 qualitative",
                // a range
                "到2030年，综合能耗下降至3—4吨标准煤。                   | <= [3, 4] 吨标准煤 2030 threshold",
                // a year from a by-date in the same sentence, no goal clause
                "2031年6月底前，城区街道全部纳入网格化管理。            | = 100 % 2031 level",
                // distractors: the past, attributes, definitions, headings, aims
                "2020年全省粮食产量已达到600亿斤。                      | ''",
                "禁止销售厚度低于0.01毫米的塑料袋。                     | ''",
                "急诊患者是指就诊时间不超过24小时的患者。                | ''",
                "（三）推动畜禽粪污全量利用。加强监管。                 | ''",
                "推动秸秆全量利用，完善回收体系。                       | ''",
                "国发〔2020〕12号                                       | ''",
                "由计划、执行、评估等3个方面构成。                      | ''"
            })
    void comparatorsQualifiersAndDistractors(String text, String expected) {
        assertThat(targets(text)).isEqualTo(expected.equals("''") ? "" : expected);
    }

    @Test
    void aPartThatLooksBackAndAParagraphOfResultsCommitToNothing() {
        String text = """
                一、2030年工作回顾
                全省粮食产量达到600亿斤，新增城镇就业50万人。
                二、2031年主要目标
                过去一年，城镇调查失业率控制在5.5%以内。
                主要表现在，森林覆盖率达到60%。
                城镇调查失业率5.5%左右，城镇新增就业60万人以上。
                """;
        assertThat(PolicyReader.read(text).targets())
                .extracting(Reading.Target::quote)
                .containsExactly("城镇调查失业率5.5%左右", "城镇新增就业60万人以上");
    }

    @Test
    void respectivelyAndBothSplitOneQuoteIntoSeveralTargets() {
        List<Reading.Target> t =
                PolicyReader.read("到2030年，水稻、小麦机播率分别达到80%和70%，大豆、油菜收获率均达到60%。").targets();
        assertThat(t).extracting(Reading.Target::indicator).containsExactly("水稻", "小麦机播率", "大豆", "油菜收获率");
        assertThat(t).extracting(x -> value(x.value())).containsExactly("80", "70", "60", "60");
        assertThat(t).extracting(Reading.Target::distributive).containsExactly("分别", "分别", "均", "均");
        assertThat(t.get(0).quote()).isEqualTo(t.get(1).quote()).isEqualTo("水稻、小麦机播率分别达到80%和70%");
    }

    @Test
    void aVisionParagraphGivesOneGoalPerClause() {
        String text = """
                到2025年，森林覆盖率达到60%。
                到2035年，基本建成生态强省和建成现代化产业体系，人民生活更加幸福，进入全国前列。
                """;
        List<Reading.Target> t = PolicyReader.read(text).targets();
        assertThat(t)
                .extracting(Reading.Target::quote)
                .containsExactly("森林覆盖率达到60%", "基本建成生态强省", "建成现代化产业体系", "人民生活更加幸福", "进入全国前列");
        assertThat(t).extracting(Reading.Target::targetYear).containsExactly(2025, 2035, 2035, 2035, 2035);
        assertThat(t.get(4).kind()).isEqualTo("rank");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "一、总体要求                         | 一、|总体要求",
                "（一）指导思想。以新发展理念为指导。   | （一）|指导思想",
                "(二)主要目標。到2025年。              | (二)|主要目標",
                "3.完善标准体系                        | 3.|完善标准体系",
                "4．加强人才培养。鼓励高校。            | 4．|加强人才培养",
                "（2）优化布局                          | （2）|优化布局",
                "专栏3 重大工程                         | 专栏3|重大工程"
            })
    void numberingLevelsAndRunInTitles(String line, String number, String title) {
        List<Reading.Section> s = PolicyReader.read(line + "\n").sections();
        assertThat(s).hasSize(1);
        assertThat(s.get(0).number()).isEqualTo(number);
        assertThat(s.get(0).title()).isEqualTo(title);
    }

    @Test
    void headingsNestByLevelAndNotesAreNotHeadings() {
        String text = """
                一、总体要求
                （一）目标。正文。
                1.第一项
                （1）细项
                （二）原则
                二、保障措施
                注：
                1.本表数据为初步统计。
                附件
                考核指标
                一、质量
                （一）
                功能
                定位
                1.指标一
                """;
        List<Reading.Section> s = PolicyReader.read(text).sections();
        assertThat(s).extracting(Reading.Section::number).containsExactly("一、", "二、", "附件");
        assertThat(s.get(0).children()).extracting(Reading.Section::title).containsExactly("目标", "原则");
        assertThat(s.get(0).children().get(0).children().get(0).children())
                .extracting(Reading.Section::number)
                .containsExactly("（1）");
        assertThat(s.get(1).children()).as("a numbered note is not a heading").isEmpty();
        Reading.Section table = s.get(2).children().get(0).children().get(0);
        assertThat(table.title()).as("a title over several short lines").isEqualTo("功能定位");
        assertThat(table.type()).isEqualTo("table_row");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2031年3月底前，省统计局建立监测制度。         | by|2031-03|省统计局",
                "各市州于2031年11月底前完成评估。              | by|2031-11|各市州",
                "2031年底前出台实施细则。                      | by|2031-12|",
                "2031年上半年，各地印发方案。                  | by|2031-06|",
                "到2030年，基本建立考核体系。                  | by|2030|",
                "2032年起，每年2月底前各市报送年度报告。       | recurring|annual by end of February, from 2032|各市",
                "力争3年内完成改造。                           | relative|P3Y|",
                "2031—2035年，持续推进。                       | period|2031/2035|"
            })
    void deadlineKinds(String text, String type, String date, String who) {
        List<Reading.Deadline> d = PolicyReader.read(text).deadlines();
        assertThat(d).hasSize(1);
        assertThat(d.get(0).type()).isEqualTo(type);
        assertThat(d.get(0).date()).isEqualTo(date);
        if (who != null) {
            assertThat(d.get(0).who()).containsExactly(who);
        }
        assertThat(text).contains(d.get(0).quote());
    }

    @Test
    void aRecurringListCarriesItsStartToTheNextMonth() {
        List<Reading.Deadline> d =
                PolicyReader.read("2032年起，每年2月底前各市完成自评，3月底前省厅完成复核。").deadlines();
        assertThat(d)
                .extracting(Reading.Deadline::date)
                .containsExactly("annual by end of February, from 2032", "annual by end of March, from 2032");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "推进数字政府建设。（省政务局、省财政厅等负责）                      | 省政务局,省财政厅|responsible|true",
                "推进数字政府建设。（省政务局牵头，省财政厅、省统计局参与）          | 省政务局,省财政厅,省统计局|lead+participate|false",
                "推进数字政府建设。（牵头单位：省政务局；责任单位：省财政厅）        | 省政务局,省财政厅|lead+responsible|false",
                "推进数字政府建设。（省商务厅指导）                                  | 省商务厅|guide|false",
                "推进数字政府建设。（省商务厅指导，各市政府负责落实。以下均需各市政府落实，不再列出） | 省商务厅,各市政府|guide+responsible|false",
                "省发展改革委会同省财政厅、省统计局等部门制定方案。                  | 省发展改革委,省财政厅,省统计局|lead+partners|false",
                "建立由省卫生健康委、省医保局牵头的协调机制。                        | 省卫生健康委,省医保局|lead|false",
                "财政、教育、医保等部门要建立协调机制。                              | 财政,教育,医保|responsible|false",
                "省统计局于2031年3月底前发布数据。                                   | 省统计局|responsible|false"
            })
    void unitLists(String text, String units, String role, boolean open) {
        List<Reading.UnitList> u = PolicyReader.read(text).responsibleUnits();
        assertThat(u).hasSize(1);
        assertThat(String.join(",", u.get(0).units())).isEqualTo(units);
        assertThat(u.get(0).role()).isEqualTo(role);
        assertThat(u.get(0).openList()).isEqualTo(open);
    }

    @Test
    void theFirstListedLeadsOnceTheDocumentSaysSo() {
        String text = """
                甲任务。（省农业农村厅、省财政厅等负责。列第一位者为牵头单位，下同）
                乙任务。（省工信厅、省科技厅负责）
                """;
        List<Reading.UnitList> u = PolicyReader.read(text).responsibleUnits();
        assertThat(u).extracting(Reading.UnitList::role).containsExactly("lead+partners", "lead+partners");
        assertThat(u).extracting(l -> l.lead().get(0)).containsExactly("省农业农村厅", "省工信厅");
    }

    @Test
    void anExplanationInBracketsIsNoUnitList() {
        assertThat(PolicyReader.read("推行“装、树、联”（装，即安装在线监控设备）。").responsibleUnits())
                .isEmpty();
    }

    @Test
    void traditionalCharactersReadAsSimplifiedAndQuotesStayAsPrinted() {
        Reading r = PolicyReader.read("(二)主要目標。到2025年,森林覆蓋率穩定在59%以上。\n");
        assertThat(r.targets()).hasSize(1);
        Reading.Target t = r.targets().get(0);
        assertThat(t.quote()).isEqualTo("森林覆蓋率穩定在59%以上");
        assertThat(t.comparator()).isEqualTo("maintain>=");
        assertThat(t.offset()).isEqualTo("(二)主要目標。到2025年,".length());
    }
}
