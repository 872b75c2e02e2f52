package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * annual_increment (年均提高 X 个百分点), baseline 2020, target year 2025: target = base + 5X,
 * p = (latest − base)/(5X), s = (year − 2020)/5, actual = (latest − base)/(year − 2020).
 */
class AnnualIncrementCalculatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
        # case                    ; cmp      ; X    ; series                            ; class             ; p     ; s     ; actual ; break
        # 60 → 63 in 3 years: 1 a year; p = 3/5 = 0.6
        one point a year          ; AT_LEAST ; 1    ; 2020:60 2023:63                   ; ON_TRACK          ; 0.6   ; 0.6   ; 1.0    ;
        # 64: p = 4/5 = 0.8 ≥ 0.65
        ahead                     ; AT_LEAST ; 1    ; 2020:60 2023:64                   ; AHEAD             ; 0.8   ; 0.6   ; 1.3333333333333333 ;
        # 61: p = 0.2
        lagging                   ; AT_LEAST ; 1    ; 2020:60 2023:61                   ; LAGGING           ; 0.2   ; 0.6   ;        ;
        # 59: p = −0.2
        deteriorating             ; AT_LEAST ; 1    ; 2020:60 2023:59                   ; DETERIORATING     ; -0.2  ; 0.6   ;        ;
        # 66 ≥ 65 in 2023
        achieved early            ; AT_LEAST ; 1    ; 2020:60 2023:66                   ; ACHIEVED_EARLY    ; 1.2   ; 0.6   ;        ;
        # X = 0: target = base
        target met at baseline    ; AT_LEAST ; 0    ; 2020:60 2023:60                   ; ACHIEVED_EARLY    ;       ;       ;        ;
        # −3 → 0, target −3 + 5 = 2: p = 3/5
        negative values           ; AT_LEAST ; 1    ; 2020:-3 2023:0                    ; ON_TRACK          ; 0.6   ; 0.6   ; 1.0    ;
        # 0 → 3, target 5
        zero baseline             ; AT_LEAST ; 1    ; 2020:0 2023:3                     ; ON_TRACK          ; 0.6   ; 0.6   ; 1.0    ;
        # lower is better, −0.5 a year: target 10 − 2.5 = 7.5; 8.5: p = −1.5/−2.5 = 0.6
        lower is better           ; AT_MOST  ; -0.5 ; 2020:10 2023:8.5                  ; ON_TRACK          ; 0.6   ; 0.6   ; -0.5   ;
        baseline missing          ; AT_LEAST ; 1    ; 2021:60 2023:63                   ; INSUFFICIENT_DATA ;       ;       ;        ;
        one data point            ; AT_LEAST ; 1    ; 2020:60                           ; INSUFFICIENT_DATA ;       ;       ;        ;
        # break 2022: base 70 (2022), target 70 + 3 = 73, 2023: 71 → p = 1/3, s = 1/3
        series break              ; AT_LEAST ; 1    ; 2020:60 2021:61 |2022 2022:70 2023:71 ; ON_TRACK      ; 0.3333333333333333 ; 0.3333333333333333 ; 1.0 ; 2022
        """)
    void increment(
            String name,
            Comparison cmp,
            double x,
            String series,
            VerdictClass expected,
            Double progress,
            Double schedule,
            Double actual,
            Integer breakYear) {
        Verdict v = Cases.assess(TargetSpec.of(TargetKind.ANNUAL_INCREMENT, cmp, x, 2020, 2025), series, 2023);
        Cases.check(v, expected, progress, schedule);
        if (actual != null) {
            assertThat(v.figures().actualRate()).isCloseTo(actual, within(1e-9));
            assertThat(v.figures().requiredRate()).isEqualTo(x);
        }
        if (expected != VerdictClass.INSUFFICIENT_DATA) {
            Cases.checkBreak(v, breakYear);
        }
    }
}
