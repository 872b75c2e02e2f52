package org.stocktake.assessment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rank (位居全国前列 = rank ≤ 10), lower is better, baseline 2020, target year 2025:
 * p = (base rank − rank)/(base rank − 10), s = (year − 2020)/5. Ranks are positive, so zero and
 * negative values do not arise.
 */
class RankCalculatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
        # case                          ; series                            ; class             ; p     ; s     ; break
        # 20 → 14: p = 6/10 = 0.6
        climbing on schedule            ; 2020:20 2023:14                   ; ON_TRACK          ; 0.6   ; 0.6   ;
        # 20 → 18: p = 0.2
        climbing slowly                 ; 2020:20 2023:18                   ; LAGGING           ; 0.2   ; 0.6   ;
        # 10 ≤ 10 in 2023
        in the top 10 early             ; 2020:20 2023:10                   ; ACHIEVED_EARLY    ; 1.0   ; 0.6   ;
        # 20 → 22: p = −0.2
        falling back                    ; 2020:20 2023:22                   ; DETERIORATING     ; -0.2  ; 0.6   ;
        # already 8th at the baseline
        target met at baseline          ; 2020:8 2023:9                     ; ACHIEVED_EARLY    ;       ;       ;
        met at baseline, then lost      ; 2020:8 2023:12                    ; DETERIORATING     ;       ;       ;
        one data point                  ; 2020:20                           ; INSUFFICIENT_DATA ;       ;       ;
        baseline missing                ; 2021:20 2023:14                   ; INSUFFICIENT_DATA ;       ;       ;
        # ranking method changed in 2022: base 15 (2022), 13 in 2023: p = 2/5 = 0.4, s = 1/3; 0.4 ≥ 0.3833
        series break                    ; 2020:20 2021:18 |2022 2022:15 2023:13 ; AHEAD         ; 0.4   ; 0.3333333333333333 ; 2022
        """)
    void rank(String name, String series, VerdictClass expected, Double progress, Double schedule, Integer breakYear) {
        TargetSpec t = new TargetSpec(TargetKind.RANK, null, null, 2020, null, 2025, null, false, null, 10);
        Verdict v = Cases.assess(t, series, 2023);
        Cases.check(v, expected, progress, schedule);
        if (expected != VerdictClass.INSUFFICIENT_DATA) {
            Cases.checkBreak(v, breakYear);
        }
    }
}
