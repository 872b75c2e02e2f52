package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One sentence a leader can read, in both languages, with the numbers it rests on. */
class ExplanationTest {

    @Test
    void scheduleSentenceNamesBaseLatestProgressAndSchedule() {
        // 20 (2020) → 23 (2023) of the way to 30 by 2025: p = 0.3, s = 0.6 → 滞后.
        Verdict v = Cases.assess(TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025), "2020:20 2023:23", 2023);
        assertThat(v.explanation().zh()).isEqualTo("由2020年的20到2023年的23，完成目标30进度的30.0%，序时进度60.0%，滞后。");
        assertThat(v.explanation().en())
                .isEqualTo(
                        "From 20 in 2020 to 23 in 2023: 30.0% of the way to the target 30 against a schedule of 60.0% — lagging.");
    }

    @Test
    void rebasedSentenceSaysSo() {
        // 64 was set on the old caliber and re-set to 62 for the caliber starting 2024; re-based on
        // 60.5 (2024): 0.5 of 1.5 = 33.3% against 1/3 of the time to 2027 → 基本符合预期.
        TargetSpec t = TargetSpec.level(Comparison.AT_LEAST, 64, 2020, null, 2027)
                .with("%", java.util.List.of(new Revision(2024, 62, "调整文件")), null);
        Verdict v = Cases.assess(t, "2020:58.9 2023:59.1 |2024 2024:60.5 2025:61", 2025);
        assertThat(v.verdictClass()).isEqualTo(VerdictClass.ON_TRACK);
        assertThat(v.figures().rebasedAt()).isEqualTo(2024);
        assertThat(v.figures().baseYear()).isEqualTo(2024);
        assertThat(v.explanation().zh())
                .isEqualTo("由2024年的60.5%到2025年的61%，完成目标62%进度的33.3%，序时进度33.3%，基本符合预期"
                        + "（2024年口径调整，不与调整前数值比较）。按新口径目标评价：2024年起口径调整，目标由64%调整为62%（调整文件）。");
        assertThat(v.explanation().en())
                .isEqualTo("From 60.5% in 2024 to 61% in 2025: 33.3% of the way to the target 62% against a schedule of"
                        + " 33.3% — on track (series break in 2024: not compared with values before it). Judged against"
                        + " the target on the new caliber: from 2024 the target of 64% was re-set to 62% (调整文件).");
    }

    @Test
    void insufficientDataSaysWhatIsMissing() {
        Verdict v = Cases.assess(TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025), "2021:22 2023:26", 2023);
        assertThat(v).isInstanceOf(Verdict.InsufficientData.class);
        assertThat(v.explanation().zh()).isEqualTo("基期2020年数值缺失，无法计算进度，数据不足。");
        assertThat(v.explanation().en()).isEqualTo("The baseline value for 2020 is missing — insufficient data.");
    }
}
