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
        Verdict v = Cases.assess(
                TargetSpec.level(Comparison.AT_LEAST, 62, 2020, null, 2025),
                "2020:58.9 2023:59.1 |2024 2024:60.5 2025:61",
                2025);
        assertThat(v.verdictClass()).isEqualTo(VerdictClass.LAGGING);
        assertThat(v.figures().rebasedAt()).isEqualTo(2024);
        assertThat(v.figures().baseYear()).isEqualTo(2024);
        assertThat(v.explanation().zh()).endsWith("（2024年口径调整，前后数值不可比，以2024年为新基期）。");
        assertThat(v.explanation().en())
                .endsWith("(series break in 2024: values across it are not comparable, re-based on 2024).");
    }

    @Test
    void insufficientDataSaysWhatIsMissing() {
        Verdict v = Cases.assess(TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025), "2021:22 2023:26", 2023);
        assertThat(v).isInstanceOf(Verdict.InsufficientData.class);
        assertThat(v.explanation().zh()).isEqualTo("基期2020年数值缺失，无法计算进度，数据不足。");
        assertThat(v.explanation().en()).isEqualTo("The baseline value for 2020 is missing — insufficient data.");
    }
}
