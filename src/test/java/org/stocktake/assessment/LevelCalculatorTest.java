package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * level (达到 / 提高到), schedule method, margin 0.05. Progress p = (latest − base)/(target − base);
 * schedule s = (latest year − base year)/(target year − base year). p ≥ 1 → 提前实现 (before the target
 * year); p ≥ s + 0.05 → 快于预期; p ≥ s − 0.05 → 基本符合预期; 0 ≤ p → 滞后; p &lt; 0 → 倒退.
 */
class LevelCalculatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
        # case                            ; cmp      ; target ; base year ; base value ; series                                 ; as of ; class             ; p      ; s      ; break
        # 20 → 26 of 20 → 30: p = 6/10 = 0.6; s = 3/5 = 0.6
        on schedule                       ; AT_LEAST ; 30     ; 2020      ;            ; 2020:20 2023:26                        ; 2023  ; ON_TRACK          ; 0.6    ; 0.6    ;
        # p = 8/10 = 0.8 ≥ 0.65
        ahead                             ; AT_LEAST ; 30     ; 2020      ;            ; 2020:20 2023:28                        ; 2023  ; AHEAD             ; 0.8    ; 0.6    ;
        # p = 3/10 = 0.3 < 0.55
        lagging                           ; AT_LEAST ; 30     ; 2020      ;            ; 2020:20 2023:23                        ; 2023  ; LAGGING           ; 0.3    ; 0.6    ;
        # p = 5.5/10 = 0.55 = s − margin: still on track
        on the margin                     ; AT_LEAST ; 30     ; 2020      ;            ; 2020:20 2023:25.5                      ; 2023  ; ON_TRACK          ; 0.55   ; 0.6    ;
        # p = −2/10 = −0.2: moved away
        deteriorating                     ; AT_LEAST ; 30     ; 2020      ;            ; 2020:20 2023:18                        ; 2023  ; DETERIORATING     ; -0.2   ; 0.6    ;
        # 31 ≥ 30 in 2023 < 2025: p = 1.1
        achieved early                    ; AT_LEAST ; 30     ; 2020      ;            ; 2020:20 2023:31                        ; 2023  ; ACHIEVED_EARLY    ; 1.1    ; 0.6    ;
        # met in the target year itself: final, 已实现
        met in the target year            ; AT_LEAST ; 30     ; 2020      ;            ; 2020:20 2025:30                        ; 2025  ; ACHIEVED          ; 1.0    ; 1.0    ;
        # the target year's value 29 < 30: final, 未实现 (p = 0.9 would have been 基本符合预期 before it)
        short at the target year          ; AT_LEAST ; 30     ; 2020      ;            ; 2020:20 2025:29                        ; 2025  ; NOT_ACHIEVED      ; 0.9    ; 1.0    ;
        # lower is better: 10 → 7 of 10 → 5: p = −3/−5 = 0.6
        lower is better                   ; AT_MOST  ; 5      ; 2020      ;            ; 2020:10 2023:7                         ; 2023  ; ON_TRACK          ; 0.6    ; 0.6    ;
        # lower is better, rose to 11: p = 1/−5 = −0.2
        lower is better, rising           ; AT_MOST  ; 5      ; 2020      ;            ; 2020:10 2023:11                        ; 2023  ; DETERIORATING     ; -0.2   ; 0.6    ;
        # equal: direction from base to target (10 → 5), 6 in 2023: p = 4/5 = 0.8
        equal, reached from above         ; EQUAL    ; 5      ; 2020      ;            ; 2020:10 2023:6                         ; 2023  ; AHEAD             ; 0.8    ; 0.6    ;
        # baseline 2020 not in the series and not in the plan
        baseline missing                  ; AT_LEAST ; 30     ; 2020      ;            ; 2021:22 2023:26                        ; 2023  ; INSUFFICIENT_DATA ;        ;        ;
        # baseline from the plan text (20), series only from 2023: p = 0.6
        baseline from the plan            ; AT_LEAST ; 30     ; 2020      ; 20         ; 2023:26                                ; 2023  ; ON_TRACK          ; 0.6    ; 0.6    ;
        # 32 ≥ 30 at the baseline and still 33: no path to measure
        target met at baseline            ; AT_LEAST ; 30     ; 2020      ;            ; 2020:32 2023:33                        ; 2023  ; ACHIEVED_EARLY    ;        ;        ;
        # met at the baseline, 29 now
        met at baseline, then lost        ; AT_LEAST ; 30     ; 2020      ;            ; 2020:32 2023:29                        ; 2023  ; DETERIORATING     ;        ;        ;
        # only the baseline observed
        one data point                    ; AT_LEAST ; 30     ; 2020      ;            ; 2020:20                                ; 2023  ; INSUFFICIENT_DATA ;        ;        ;
        # −10 → −4 of −10 → 0: p = 6/10 = 0.6
        negative values                   ; AT_LEAST ; 0      ; 2020      ;            ; 2020:-10 2023:-4                       ; 2023  ; ON_TRACK          ; 0.6    ; 0.6    ;
        # 0 → 6 of 0 → 10: p = 0.6
        zero baseline                     ; AT_LEAST ; 10     ; 2020      ;            ; 2020:0 2023:6                          ; 2023  ; ON_TRACK          ; 0.6    ; 0.6    ;
        # 2022 break and no target on the new caliber: 50 was set on the old one, not comparable
        series break                      ; AT_LEAST ; 50     ; 2020      ;            ; 2020:20 2021:22 |2022 2022:40 2023:43  ; 2023  ; NOT_COMPARABLE    ;        ;        ; 2022
        # across the break 20 → 43 would read as achieved; 43 is on a caliber without a target
        break, one point after it         ; AT_LEAST ; 30     ; 2020      ;            ; 2020:20 2021:22 |2023 2023:43          ; 2023  ; NOT_COMPARABLE    ;        ;        ; 2023
        # a break before the baseline does not matter
        break before the baseline         ; AT_LEAST ; 30     ; 2020      ;            ; 2019:5 |2020 2020:20 2023:26           ; 2023  ; ON_TRACK          ; 0.6    ; 0.6    ;
        # as of 2022: the 2024 value is not seen; 24 → p = 0.4, s = 0.4
        later values ignored              ; AT_LEAST ; 30     ; 2020      ;            ; 2020:20 2022:24 2024:35                ; 2022  ; ON_TRACK          ; 0.4    ; 0.4    ;
        """)
    void schedule(
            String name,
            Comparison cmp,
            double target,
            int baseYear,
            Double baseValue,
            String series,
            int asOf,
            VerdictClass expected,
            Double progress,
            Double schedule,
            Integer breakYear) {
        Verdict v = Cases.assess(TargetSpec.level(cmp, target, baseYear, baseValue, 2025), series, asOf);
        Cases.check(v, expected, progress, schedule);
        if (expected != VerdictClass.INSUFFICIENT_DATA) {
            Cases.checkBreak(v, breakYear);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        # least squares on 20, 22, 24, 26 (2020–2023): slope 2, value 2025 = 30
        trend reaches the target          ; 30 ; 2020:20 2021:22 2022:24 2023:26 ; ON_TRACK      ; 30
        trend falls short                 ; 32 ; 2020:20 2021:22 2022:24 2023:26 ; LAGGING       ; 30
        # 20, 19, 18: slope −1 → 2025: 15 < 20
        trend goes the wrong way          ; 30 ; 2020:20 2021:19 2022:18         ; DETERIORATING ; 15
        # mean year 2021, mean 22; sxy = (−1)(−2) + 1·2 = 4, sxx = 2 → slope 2 → 2025: 22 + 2·4 = 30
        trend with a gap year             ; 30 ; 2020:20 2022:24 2021:22         ; ON_TRACK      ; 30
        """)
    void trend(String name, double target, String series, VerdictClass expected, double projected) {
        Verdict v = VerdictEngine.assess(VerdictInput.of(
                        TargetSpec.level(Comparison.AT_LEAST, target, 2020, null, 2025), Cases.series(series), 2023)
                .with(Method.TREND));
        Cases.check(v, expected, null, null);
        assertThat(v.figures().projected()).isCloseTo(projected, within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
        # 100 → 121 in 2 years (CAGR 0.1); target 259.37424601 = 100·1.1^10 by 2030 (required 0.1): R = 1, 7.1429 − 4.2857
        ratio 1                    ; 259.37424601 ; 2020:100 2022:121 ; ON_TRACK          ; 1.0  ; 2.8572 ; substantial_progress
        # 0.95² → R = −0.5 → 4.1667·(−0.5) − 2.5
        deterioration              ; 259.37424601 ; 2020:100 2022:90.25 ; DETERIORATING   ; -0.5 ; -4.58335 ; deterioration
        # 1.05² → R = 0.5
        limited                    ; 259.37424601 ; 2020:100 2022:110.25 ; LAGGING        ; 0.5  ; -0.41665 ; limited_progress
        # 300 ≥ target in 2022
        achieved                   ; 259.37424601 ; 2020:100 2022:300 ; ACHIEVED_EARLY    ; 7.320508075688772 ; 5 ; target_achieved
        """)
    void openSdg(
            String name,
            double target,
            String series,
            VerdictClass expected,
            Double ratio,
            Double score,
            String status) {
        Verdict v = VerdictEngine.assess(VerdictInput.of(
                        TargetSpec.level(Comparison.AT_LEAST, target, 2020, null, 2030), Cases.series(series), 2022)
                .with(Method.OPENSDG));
        Cases.check(v, expected, ratio, null);
        assertThat(v.figures().score()).isCloseTo(score, within(1e-9));
        assertThat(v.figures().status()).isEqualTo(status);
    }

    @org.junit.jupiter.api.Test
    void reportsRatesAndTheProjection() {
        // 20 → 23 → 26 (2020, 2022, 2023): actual (26 − 20)/3 = 2 a year; required (30 − 20)/5 = 2;
        // least squares: mean year 2021.6667, mean 23; sxy = (−5/3)(−3) + (1/3)(0) + (4/3)(3) = 9;
        // sxx = 25/9 + 1/9 + 16/9 = 42/9; slope = 9·9/42 = 1.928571; 2025: 23 + 1.928571·3.3333 = 29.428571
        Verdict v = Cases.assess(
                TargetSpec.level(Comparison.AT_LEAST, 30, 2020, null, 2025), "2020:20 2022:23 2023:26", 2023);
        assertThat(v.figures().actualRate()).isCloseTo(2.0, within(1e-12));
        assertThat(v.figures().requiredRate()).isCloseTo(2.0, within(1e-12));
        assertThat(v.figures().projected()).isCloseTo(23 + 81.0 / 42 * 10 / 3, within(1e-9));
    }
}
