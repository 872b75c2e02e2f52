package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules every kind shares, worked by hand: the target in force for the caliber of the data,
 * a break without a target on the new caliber, final verdicts from the target year on, the
 * baseline's source, growth chained from yearly rates, and projections from three points.
 */
class VerdictRulesTest {

    private static Verdict assess(TargetSpec t, Series s, int asOf) {
        return VerdictEngine.assess(VerdictInput.of(t, s, asOf));
    }

    private static void says(Verdict v, VerdictClass expected, String zh, String en) {
        assertThat(v.verdictClass()).as(v.explanation().zh()).isEqualTo(expected);
        assertThat(v.explanation().zh()).isEqualTo(zh);
        assertThat(v.explanation().en()).isEqualTo(en);
    }

    /** Forest coverage: ≥59% on the old caliber, re-set to ≥53.15% for the caliber starting 2024. */
    @Nested
    class RevisionInForce {

        final TargetSpec forest = TargetSpec.of(TargetKind.MAINTAIN, Comparison.AT_LEAST, 59.0, 2020, 2025)
                .with("%", List.of(new Revision(2024, 53.15, "林业会议")), null);
        final Series data = Cases.series("2020:59.96 2021:59.97 2022:59.98 |2024 2024:54.11");

        @Test
        void newCaliberDataAreJudgedAgainstTheRevisedTarget() {
            // 54.11 ≥ 53.15 in 2024, the only year of the new caliber
            says(
                    assess(forest, data, 2024),
                    VerdictClass.ON_TRACK,
                    "2024年为54.11%，保持在53.15%以上，基本符合预期（2024年口径调整，不与调整前数值比较）。"
                            + "按新口径目标评价：2024年起口径调整，目标由59%调整为53.15%（林业会议）。",
                    "54.11% in 2024, at or above 53.15% — on track (series break in 2024: not compared with values"
                            + " before it). Judged against the target on the new caliber: from 2024 the target of 59%"
                            + " was re-set to 53.15% (林业会议).");
        }

        @Test
        void oldCaliberDataAreJudgedAgainstThePlansTarget() {
            // as of 2022 only old-caliber values: 59.96, 59.97, 59.98 ≥ 59
            says(
                    assess(forest, data, 2022),
                    VerdictClass.ON_TRACK,
                    "2020—2022年各年均保持在59%以上，基本符合预期。",
                    "Every year of 2020–2022 stayed at or above 59% — on track.");
        }

        @Test
        void theTargetYearWithoutItsValueIsNotFinal() {
            Verdict v = assess(forest, data, 2025);
            assertThat(v.verdictClass()).isEqualTo(VerdictClass.ON_TRACK);
            assertThat(v.explanation().zh()).endsWith("目标年（2025年）数据尚未发布，以上按2024年数据判断，尚非最终评价。");
            assertThat(v.explanation().en())
                    .endsWith(
                            "The data for the target year 2025 are not yet published: judged on 2024, not a final verdict.");
        }

        @Test
        void theTargetYearsValueOnTheNewCaliberIsFinal() {
            // 54.11 (2024) and 53.5 (2025) both ≥ 53.15
            Verdict v = assess(forest, Cases.series("2020:59.96 2022:59.98 |2024 2024:54.11 2025:53.5"), 2025);
            assertThat(v.verdictClass()).isEqualTo(VerdictClass.ACHIEVED);
            assertThat(v.explanation().zh()).startsWith("2024—2025年各年均保持在53.15%以上，已实现（2024年口径调整");
        }
    }

    @Nested
    class BreakWithoutTarget {

        @Test
        void noTargetOnTheNewCaliberIsNotComparable() {
            TargetSpec forest = TargetSpec.of(TargetKind.MAINTAIN, Comparison.AT_LEAST, 59.0, 2020, 2025)
                    .with("%", List.of(), null);
            Verdict v = assess(forest, Cases.series("2020:59.96 2022:59.98 |2024 2024:54.11"), 2024);
            says(
                    v,
                    VerdictClass.NOT_COMPARABLE,
                    "2024年口径调整后为54.11%，目标59%按调整前口径设定，新口径下没有目标，无法直接比较。",
                    "54.11% after the series break in 2024; the target of 59% was set on the earlier caliber and"
                            + " there is no target on the new one — not comparable.");
            assertThat(v.figures().rebasedAt()).isEqualTo(2024);
            assertThat(v.figures().baseValue()).isNull();
        }

        @Test
        void aRevisionForAnotherCaliberDoesNotApply() {
            TargetSpec level = TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025)
                    .with("%", List.of(new Revision(2022, 28, "文件")), null);
            Verdict v = assess(level, Cases.series("2020:20 |2023 2023:25 2024:26"), 2024);
            says(
                    v,
                    VerdictClass.NOT_COMPARABLE,
                    "2023年口径调整后，2024年为26%，目标30%按调整前口径设定，新口径下没有目标，无法直接比较。",
                    "26% in 2024, after the series break in 2023; the target of 30% was set on the earlier caliber"
                            + " and there is no target on the new one — not comparable.");
        }

        @Test
        void aDirectionTargetIsReBasedNotRefused() {
            // 进一步降低 has no level: judged within the new segment, 0.5 → 0.45
            TargetSpec down = new TargetSpec(
                    TargetKind.DIRECTION, null, null, 2020, null, 2025, Direction.NEGATIVE, false, null, null);
            Verdict v = assess(down, Cases.series("2020:0.6 |2022 2022:0.5 2023:0.45"), 2023);
            assertThat(v.verdictClass()).isEqualTo(VerdictClass.ON_TRACK);
            assertThat(v.figures().rebasedAt()).isEqualTo(2022);
        }
    }

    @Nested
    class FinalVerdicts {

        @Test
        void manufacturingShareShortOfTheTargetInTheTargetYear() {
            // base 26.9 (2020, derived), 26.4 in 2025 < 30: 未实现, 30 − 26.4 = 3.6 points short
            TargetSpec t =
                    TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025).with("%", List.of(), null);
            Series s = Cases.series("2020:26.9 2021:27.7 2022:28.2 2024:26.7 2025:26.4")
                    .withDerived(2020, "2021年27.7%“比上年提高0.8个百分点”");
            Verdict v = assess(t, s, 2025);
            says(
                    v,
                    VerdictClass.NOT_ACHIEVED,
                    "由2020年的26.9%到2025年的26.4%，未达到目标30%，差3.6个百分点，未实现。" + "基期值为推算值（2021年27.7%“比上年提高0.8个百分点”）。",
                    "From 26.9% in 2020 to 26.4% in 2025: short of the target of 30% by 3.6 percentage points — not"
                            + " achieved. Baseline derived from a published statement: 2021年27.7%“比上年提高0.8个百分点”.");
            // (26.4 − 26.9)/(30 − 26.9) = −0.5/3.1
            assertThat(v.figures().progress()).isCloseTo(-0.5 / 3.1, within(1e-9));
            assertThat(v.figures().latestYear()).isEqualTo(2025);
        }

        @Test
        void aLevelMetInTheTargetYearIsAchieved() {
            TargetSpec t =
                    TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025).with("%", List.of(), null);
            says(
                    assess(t, Cases.series("2020:20 2025:31"), 2025),
                    VerdictClass.ACHIEVED,
                    "由2020年的20%到2025年的31%，达到目标30%，已实现。",
                    "From 20% in 2020 to 31% in 2025: the target of 30% is met — achieved.");
        }

        @Test
        void theTargetYearsValueAloneGivesAFinalLevelVerdict() {
            // no baseline at all, but the 2025 value is there: 26.4 < 30
            TargetSpec t =
                    TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025).with("%", List.of(), null);
            says(
                    assess(t, Cases.series("2021:27.7 2025:26.4"), 2025),
                    VerdictClass.NOT_ACHIEVED,
                    "2025年为26.4%，未达到目标30%，差3.6个百分点，未实现。",
                    "26.4% in 2025: short of the target of 30% by 3.6 percentage points — not achieved.");
        }

        @Test
        void aLevelAlreadyMetNeedsNoBaselineBeforeTheTargetYear() {
            // no 2020 value; 2021 = 20.95 ≥ 15 → 提前实现, progress not computed
            TargetSpec t =
                    TargetSpec.level(Comparison.AT_LEAST, 15, 2020, null, 2025).with("%", List.of(), null);
            says(
                    assess(t, Cases.series("2021:20.95"), 2025),
                    VerdictClass.ACHIEVED_EARLY,
                    "2021年为20.95%，已达到目标15%，提前实现（基期2020年数值缺失，未计算进度）。" + "目标年（2025年）数据尚未发布，以上按2021年数据判断，尚非最终评价。",
                    "20.95% in 2021: already at the target of 15% — achieved early (no value for the baseline"
                            + " year 2020, so no progress is computed). The data for the target year 2025 are not yet"
                            + " published: judged on 2021, not a final verdict.");
        }

        @Test
        void aLevelNotYetMetWithoutBaselineStaysInsufficient() {
            // 2021 = 12 < 15 and no 2020 value: nothing can be said about the pace
            TargetSpec t = TargetSpec.level(Comparison.AT_LEAST, 15, 2020, null, 2025);
            assertThat(assess(t, Cases.series("2021:12"), 2025).verdictClass())
                    .isEqualTo(VerdictClass.INSUFFICIENT_DATA);
            // nor across a break: 2024 is on another caliber than the baseline year
            assertThat(assess(t, Cases.series("2021:12 |2024 2024:16"), 2025).verdictClass())
                    .isNotEqualTo(VerdictClass.ACHIEVED_EARLY);
        }

        @Test
        void laterYearsAreNotReadForTheFinalVerdict() {
            // as of 2027 the 2026 value (31) is past the target year; the 2025 value 29 decides
            TargetSpec t = TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025);
            Verdict v = assess(t, Cases.series("2020:20 2025:29 2026:31"), 2027);
            assertThat(v.verdictClass()).isEqualTo(VerdictClass.NOT_ACHIEVED);
            assertThat(v.figures().latestYear()).isEqualTo(2025);
        }

        @Test
        void withoutTheTargetYearsValueTheLatestYearIsJudgedAndSaysSo() {
            // 2024: p = 9/10 = 0.9 ≥ 0.8 + 0.05 → 快于预期, not final
            TargetSpec t =
                    TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025).with("%", List.of(), null);
            says(
                    assess(t, Cases.series("2020:20 2024:29"), 2025),
                    VerdictClass.AHEAD,
                    "由2020年的20%到2024年的29%，完成目标30%进度的90.0%，序时进度80.0%，快于预期。" + "目标年（2025年）数据尚未发布，以上按2024年数据判断，尚非最终评价。",
                    "From 20% in 2020 to 29% in 2024: 90.0% of the way to the target 30% against a schedule of 80.0%"
                            + " — ahead of schedule. The data for the target year 2025 are not yet published: judged on"
                            + " 2024, not a final verdict.");
        }

        @Test
        void growthShortOfTheTargetInTheTargetYear() {
            // 100 → 150 in five years: 1.5^(1/5) − 1 = 8.4% a year, 12 − 8.447 = 3.6 points short
            TargetSpec t = TargetSpec.of(TargetKind.ANNUAL_GROWTH, Comparison.AT_LEAST, 12.0, 2020, 2025);
            Verdict v = assess(t, Cases.series("2020:100 2025:150"), 2025);
            says(
                    v,
                    VerdictClass.NOT_ACHIEVED,
                    "由2020年的100到2025年的150，年均增长8.4%，未达到目标年均增长12%以上，差3.6个百分点，未实现。",
                    "From 100 in 2020 to 150 in 2025: growth of 8.4% a year, short of the target of 12% or more a"
                            + " year by 3.6 percentage points — not achieved.");
            assertThat(v.figures().actualRate()).isCloseTo(Math.pow(1.5, 0.2) - 1, within(1e-12));
        }

        @Test
        void incrementShortOfTheTargetInTheTargetYear() {
            // 58.76 → 62.76: 0.8 points a year against 1, 0.2 points short
            TargetSpec t = TargetSpec.of(TargetKind.ANNUAL_INCREMENT, Comparison.AT_LEAST, 1.0, 2020, 2025)
                    .with("%", List.of(), null);
            says(
                    assess(t, Cases.series("2020:58.76 2025:62.76"), 2025),
                    VerdictClass.NOT_ACHIEVED,
                    "由2020年的58.76%到2025年的62.76%，年均提高0.8个百分点，未达到目标年均提高1个百分点以上，差0.2个百分点，未实现。",
                    "From 58.76% in 2020 to 62.76% in 2025: up 0.8 percentage points a year, short of the target of"
                            + " 1 percentage points or more a year by 0.2 percentage points — not achieved.");
        }

        @Test
        void qualitativeTasksOpenInTheTargetYear() {
            TargetSpec t = TargetSpec.of(TargetKind.QUALITATIVE, null, null, 2020, 2025);
            Verdict v = VerdictEngine.assess(new VerdictInput(
                    t,
                    null,
                    null,
                    List.of(TaskLight.BLUE, TaskLight.BLUE, TaskLight.BLUE, TaskLight.GREEN),
                    2025,
                    Method.SCHEDULE,
                    Settings.DEFAULT));
            says(
                    v,
                    VerdictClass.NOT_ACHIEVED,
                    "4项关联任务中已销号3项，到目标年2025年仍有1项未销号，未实现。",
                    "Of 4 linked tasks, 3 closed and 1 still open in the target year 2025 — not achieved.");
        }

        @Test
        void qualitativeAtZeroWithAllTheTimeGoneIsNeverOnTrack() {
            TargetSpec t = TargetSpec.of(TargetKind.QUALITATIVE, null, null, 2020, 2025);
            for (int asOf = 2021; asOf <= 2026; asOf++) {
                Verdict v = VerdictEngine.assess(new VerdictInput(
                        t, null, null, List.of(TaskLight.GREEN, TaskLight.GREEN), asOf, Method.SCHEDULE, null));
                assertThat(v.verdictClass())
                        .as("as of " + asOf)
                        .isEqualTo(asOf >= 2025 ? VerdictClass.NOT_ACHIEVED : VerdictClass.LAGGING);
            }
        }
    }

    @Nested
    class Baselines {

        final TargetSpec stated = new TargetSpec(
                        TargetKind.LEVEL, Comparison.AT_LEAST, 30.0, 2020, 25.0, 2025, null, false, null, null)
                .with("%", List.of(), "《示例文件》");

        @Test
        void aStatedBaselineIsUsedWhenTheBaseYearIsNotObservedAndSaysWhere() {
            // 25 (stated) → 28: p = 3/5 = 0.6 = s
            says(
                    assess(stated, Cases.series("2023:28"), 2023),
                    VerdictClass.ON_TRACK,
                    "由2020年的25%到2023年的28%，完成目标30%进度的60.0%，序时进度60.0%，基本符合预期。基期值取自《示例文件》。",
                    "From 25% in 2020 to 28% in 2023: 60.0% of the way to the target 30% against a schedule of 60.0%"
                            + " — on track. Baseline as stated in 《示例文件》.");
        }

        @Test
        void anObservedBaseYearWinsOverAStatedValue() {
            // 20 (observed) → 26: p = 6/10 = 0.6
            Verdict v = assess(stated, Cases.series("2020:20 2023:26"), 2023);
            assertThat(v.figures().baseValue()).isEqualTo(20.0);
            assertThat(v.explanation().zh()).doesNotContain("基期值");
        }

        @Test
        void aStatedValueWinsOverADerivedOne() {
            Verdict v = assess(stated, Cases.series("2020:22 2023:28").withDerived(2020, "推算"), 2023);
            assertThat(v.figures().baseValue()).isEqualTo(25.0);
            assertThat(v.explanation().zh()).contains("基期值取自《示例文件》");
        }

        @Test
        void aDerivedValueOtherThanTheBaseIsNamed() {
            // urbanisation: 58.76 (2020) → 62.07 (2024), 2023 derived; 3.31/4 = 0.8275 a year; p = 3.31/5 = 0.662 < 0.8
            // − 0.05
            TargetSpec t = TargetSpec.of(TargetKind.ANNUAL_INCREMENT, Comparison.AT_LEAST, 1.0, 2020, 2025)
                    .with("%", List.of(), null);
            Series s = Cases.series("2020:58.76 2021:59.71 2022:60.31 2023:61.16 2024:62.07")
                    .withDerived(2023, "2024年62.07%“比上年末提高0.91个百分点”");
            says(
                    assess(t, s, 2024),
                    VerdictClass.LAGGING,
                    "由2020年的58.76%到2024年的62.07%，年均提高0.83个百分点，目标年均提高1个百分点以上，完成进度66.2%，序时进度80.0%，滞后。"
                            + "2023年数值61.16%为推算值（2024年62.07%“比上年末提高0.91个百分点”）。",
                    "From 58.76% in 2020 to 62.07% in 2024: up 0.83 percentage points a year against a target of 1"
                            + " percentage points or more a year; 66.2% of the way against a schedule of 80.0% — lagging."
                            + " The 2023 value 61.16% is derived from a published statement (2024年62.07%“比上年末提高0.91个百分点”).");
        }
    }

    @Nested
    class GrowthFromRates {

        @Test
        void growthIsChainedFromTheYearlyRatesWhenTheBaseLevelIsMissing() {
            // R&D: no 2020 level; rates 14.5, 14.2, 9.2 (2021–2023): 1.145·1.142·1.092 = 1.42789, 12.6% a year;
            // compound path (1.42789 − 1)/(1.12^5 − 1) = 56.1% against (1.12^3 − 1)/(1.12^5 − 1) = 53.1%
            TargetSpec t = TargetSpec.of(TargetKind.ANNUAL_GROWTH, Comparison.AT_LEAST, 12.0, 2020, 2025)
                    .with("亿元", List.of(), null);
            Series levels = Cases.series("2019:787.16 2021:1028.91 2022:1175.25 2023:1283.94");
            Series rates = Cases.series("2020:14.2 2021:14.5 2022:14.2 2023:9.2");
            Verdict v = VerdictEngine.assess(
                    new VerdictInput(t, levels, rates, List.of(), 2025, Method.SCHEDULE, Settings.DEFAULT));
            says(
                    v,
                    VerdictClass.ON_TRACK,
                    "2020—2023年，年均增长12.6%，目标年均增长12%以上，按复合增长计完成进度56.1%，序时进度53.1%，基本符合预期。"
                            + "年均增速按2021—2023年各年增速14.5%、14.2%、9.2%连乘计算。"
                            + "目标年（2025年）数据尚未发布，以上按2023年数据判断，尚非最终评价。",
                    "2020–2023: growth of 12.6% a year against a target of 12% or more a year; 56.1% of the compound"
                            + " path against a schedule of 53.1% — on track. The yearly growth is chained from the growth"
                            + " rates 14.5%, 14.2%, 9.2% of 2021–2023. The data for the target year 2025 are not yet"
                            + " published: judged on 2023, not a final verdict.");
            assertThat(v.figures().actualRate()).isCloseTo(Math.cbrt(1.145 * 1.142 * 1.092) - 1, within(1e-12));
            assertThat(v.figures().baseValue()).isNull();
        }
    }

    @Nested
    class Projections {

        @Test
        void twoPointsGiveNoProjection() {
            TargetSpec t = TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025);
            Verdict schedule = assess(t, Cases.series("2020:20 2023:26"), 2023);
            assertThat(schedule.figures().projected()).isNull();
            Verdict trend = VerdictEngine.assess(
                    VerdictInput.of(t, Cases.series("2020:20 2023:26"), 2023).with(Method.TREND));
            assertThat(trend).isInstanceOf(Verdict.InsufficientData.class);
            assertThat(trend.explanation().zh()).isEqualTo("可比区间只有2个数据点，趋势推算至少需要3个，数据不足。");
        }

        @Test
        void threePointsProjectTheTrend() {
            // 20, 22, 26 in 2020, 2021, 2023 lie on 2 a year: 30 in 2025, the target
            TargetSpec t = TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025);
            Verdict v = VerdictEngine.assess(VerdictInput.of(t, Cases.series("2020:20 2021:22 2023:26"), 2023)
                    .with(Method.TREND));
            assertThat(v.verdictClass()).isEqualTo(VerdictClass.ON_TRACK);
            assertThat(v.figures().projected()).isCloseTo(30.0, within(1e-9));
        }
    }
}
