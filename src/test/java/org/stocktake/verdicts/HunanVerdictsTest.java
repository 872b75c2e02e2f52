package org.stocktake.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.PlatformTest;
import org.stocktake.assessment.Method;
import org.stocktake.assessment.VerdictClass;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.TargetKind;

/**
 * The eight quantitative 2025 targets of the Hunan plan as of 2025, on the data that ship (the
 * statistics, the additions with their provenance and the values derived from published
 * statements), judged by the real platform; every class and sentence below was worked by hand
 * from those data.
 */
class HunanVerdictsTest extends PlatformTest {

    @Autowired
    VerdictService verdicts;

    @LocalServerPort
    int port;

    private Map<String, TargetVerdict> byTarget;
    private PlanDocument plan;

    @BeforeEach
    void assess() {
        plan = verdicts.plan("hunan");
        byTarget = verdicts.assess(plan, 2025, Method.SCHEDULE).stream()
                .collect(Collectors.toMap(TargetVerdict::target, Function.identity()));
    }

    private void says(String target, VerdictClass expected, String zh, String en) {
        TargetVerdict v = byTarget.get(target);
        assertThat(v.verdict().verdictClass())
                .as(target + ": " + v.verdict().explanation().zh())
                .isEqualTo(expected);
        assertThat(v.verdict().explanation().zh()).as(target).isEqualTo(zh);
        assertThat(v.verdict().explanation().en()).as(target).isEqualTo(en);
    }

    @Test
    void manufacturingShareIsNotAchievedByItsGap() {
        // 2025 (the target year): 26.4% < 30%, 3.6 points short; baseline 2020 = 27.7 − 0.8 = 26.9 (derived)
        says(
                "T05",
                VerdictClass.NOT_ACHIEVED,
                "由2020年的26.9%到2025年的26.4%，未达到目标30%，差3.6个百分点，未实现。"
                        + "基期值为推算值（27.7 − 0.8 = 26.9（2021年占比27.7%，比2020年提高0.8个百分点））。",
                "From 26.9% in 2020 to 26.4% in 2025: short of the target of 30% by 3.6 percentage points — not achieved."
                        + " Baseline derived from a published statement: 27.7 − 0.8 = 26.9（2021年占比27.7%，比2020年提高0.8个百分点）.");
    }

    @Test
    void noDataForTheDigitalEconomyIndustrialInvestmentAndHighValuePatents() {
        for (String target : List.of("T06", "T07", "T11")) {
            says(
                    target,
                    VerdictClass.INSUFFICIENT_DATA,
                    "截至2025年没有观测值，数据不足。",
                    "No observation up to 2025 — insufficient data.");
        }
    }

    @Test
    void researchSpendingGrowthComesFromTheYearlyRates() {
        // no usable 2020 level (898.7 is class C, unconfirmed); rates 14.5, 14.2, 9.2 (2021–2023):
        // 1.145 · 1.142 · 1.092 = 1.42789 → 12.6% a year; compound path 56.1% against 53.1% → on track
        says(
                "T10",
                VerdictClass.ON_TRACK,
                "2020—2023年，年均增长12.6%，目标年均增长12%以上，按复合增长计完成进度56.1%，序时进度53.1%，基本符合预期。"
                        + "年均增速按2021—2023年各年增速14.5%、14.2%、9.2%连乘计算。"
                        + "目标年（2025年）数据尚未发布，以上按2023年数据判断，尚非最终评价。",
                "2020–2023: growth of 12.6% a year against a target of 12% or more a year; 56.1% of the compound"
                        + " path against a schedule of 53.1% — on track. The yearly growth is chained from the growth"
                        + " rates 14.5%, 14.2%, 9.2% of 2021–2023. The data for the target year 2025 are not yet"
                        + " published: judged on 2023, not a final verdict.");
    }

    @Test
    void urbanisationLagsOnItsLatestYear() {
        // 58.76 (2020, census) → 62.07 (2024): 3.31/4 = 0.8275 pp a year; 3.31/5 = 66.2% against 4/5 = 80% → 滞后
        says(
                "T13",
                VerdictClass.LAGGING,
                "由2020年的58.76%到2024年的62.07%，年均提高0.83个百分点，目标年均提高1个百分点以上，完成进度66.2%，序时进度80.0%，滞后。"
                        + "2023年数值61.16%为推算值（62.07 − 0.91 = 61.16（2024年末城镇化率62.07%，“比上年末提高0.91个百分点”））。"
                        + "目标年（2025年）数据尚未发布，以上按2024年数据判断，尚非最终评价。",
                "From 58.76% in 2020 to 62.07% in 2024: up 0.83 percentage points a year against a target of 1"
                        + " percentage points or more a year; 66.2% of the way against a schedule of 80.0% — lagging."
                        + " The 2023 value 61.16% is derived from a published statement (62.07 − 0.91 = 61.16（2024年末城镇化率62.07%，"
                        + "“比上年末提高0.91个百分点”）). The data for"
                        + " the target year 2025 are not yet published: judged on 2024, not a final verdict.");
    }

    @Test
    void forestCoverageIsJudgedAgainstTheRevisedNewCaliberTarget() {
        // 2024 = 54.11% on the new caliber ≥ 53.15% (the province's re-set); the old-caliber 59% is not used
        says(
                "T19",
                VerdictClass.ON_TRACK,
                "2024年为54.11%，保持在53.15%以上，基本符合预期（2024年口径调整，不与调整前数值比较）。"
                        + "按新口径目标评价：2024年起口径调整，目标由59%调整为53.15%（2025年湖南省林业工作视频会议）。"
                        + "目标年（2025年）数据尚未发布，以上按2024年数据判断，尚非最终评价。",
                "54.11% in 2024, at or above 53.15% — on track (series break in 2024: not compared with values before"
                        + " it). Judged against the target on the new caliber: from 2024 the target of 59% was re-set to"
                        + " 53.15% (2025年湖南省林业工作视频会议). The data for the target year 2025 are not yet"
                        + " published: judged on 2024, not a final verdict.");
    }

    @Test
    void tradeDependencyIsAheadOnItsLatestYear() {
        // 4874.5 / 41781.49 = 11.67% (2020); 5988.5 / 46063.09 = 13.0006% (2021):
        // (13.0006 − 11.6666)/(15 − 11.6666) = 40.0% against 1/5 = 20% → 快于预期
        says(
                "T23",
                VerdictClass.AHEAD,
                "由2020年的11.67%到2021年的13%，完成目标15%进度的40.0%，序时进度20.0%，快于预期。" + "目标年（2025年）数据尚未发布，以上按2021年数据判断，尚非最终评价。",
                "From 11.67% in 2020 to 13% in 2021: 40.0% of the way to the target 15% against a schedule of 20.0%"
                        + " — ahead of schedule. The data for the target year 2025 are not yet published: judged on"
                        + " 2021, not a final verdict.");
    }

    @Test
    void atLeastFiveOfTheEightQuantitativeTargetsAreJudged() {
        long judged = List.of("T05", "T06", "T07", "T10", "T11", "T13", "T19", "T23").stream()
                .filter(t -> byTarget.get(t).verdict().verdictClass() != VerdictClass.INSUFFICIENT_DATA)
                .count();
        assertThat(judged).isGreaterThanOrEqualTo(5);
    }

    @Test
    void noQualitativeTargetIsOnTrackAfterItsTargetYear() {
        for (PlanDocument.Target t : plan.targets()) {
            if (t.kind() == TargetKind.QUALITATIVE && t.targetYear() <= 2025) {
                assertThat(byTarget.get(t.code()).verdict().verdictClass())
                        .as(t.code() + ": "
                                + byTarget.get(t.code()).verdict().explanation().zh())
                        .isIn(VerdictClass.ACHIEVED, VerdictClass.NOT_ACHIEVED, VerdictClass.INSUFFICIENT_DATA);
            }
        }
    }

    @Test
    void theTargetsPageShowsTheRevisionBesideThePlansValue() {
        String page = Http.anonymous(port).page("/targets").body();
        assertThat(page).contains("2024年起新口径：≥ 53.15%（2025年湖南省林业工作视频会议，2025年2月25日");
        // the R&D target's latest column is its growth, not a level in 亿元
        assertThat(page).contains("2023: 年均增长12.6%");
        // the cockpit's forest card names the target in force for the data it shows
        assertThat(Http.anonymous(port).page("/cockpit").body()).contains("目标 53.15");
    }
}
