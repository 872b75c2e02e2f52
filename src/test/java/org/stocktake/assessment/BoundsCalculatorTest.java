package org.stocktake.assessment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * maintain (稳定在…以上 / 控制在…以内) and floor / ceiling (底线 / 红线), judged year by year from the
 * baseline year 2020. Maintain: any year outside → 滞后. Floor/ceiling: crossed earlier → 滞后, crossed
 * in the latest year → 倒退. There is no "target met at baseline" for a bound: every year is judged.
 */
class BoundsCalculatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
        # case                              ; kind     ; cmp      ; bound ; series                                  ; class             ; break
        # 59.5, 59.8, 60 all ≥ 59
        maintain above, kept                ; MAINTAIN ; AT_LEAST ; 59    ; 2020:59.5 2021:59.8 2022:60             ; ON_TRACK          ;
        # 58.9 < 59 in 2021
        maintain above, one year below      ; MAINTAIN ; AT_LEAST ; 59    ; 2020:59.5 2021:58.9 2022:60             ; LAGGING           ;
        # lower is better: 控制在 5 以内, 5.0 is inside
        maintain below, kept                ; MAINTAIN ; AT_MOST  ; 5     ; 2020:4.8 2021:5.0 2022:4.9              ; ON_TRACK          ;
        maintain below, exceeded            ; MAINTAIN ; AT_MOST  ; 5     ; 2020:4.8 2021:5.0 2022:5.2              ; LAGGING           ;
        # one observed year is enough to judge a bound
        maintain, one data point            ; MAINTAIN ; AT_LEAST ; 59    ; 2020:60                                 ; ON_TRACK          ;
        # the baseline year itself is missing: 2021 and 2022 are judged
        maintain, baseline missing          ; MAINTAIN ; AT_LEAST ; 59    ; 2021:60 2022:61                         ; ON_TRACK          ;
        # nothing observed from 2020 on
        maintain, no data since baseline    ; MAINTAIN ; AT_LEAST ; 59    ; 2019:60                                 ; INSUFFICIENT_DATA ;
        # zero and negative: −0.1 < 0
        maintain at least zero              ; MAINTAIN ; AT_LEAST ; 0     ; 2020:0 2021:-0.1                        ; LAGGING           ;
        maintain at most zero               ; MAINTAIN ; AT_MOST  ; 0     ; 2020:-1 2021:0                          ; ON_TRACK          ;
        # break 2022: the bound 59 is on the old caliber and no revision sets one for the new: not comparable
        maintain, series break              ; MAINTAIN ; AT_LEAST ; 59    ; 2020:58 2021:58.5 |2022 2022:60 2023:61 ; NOT_COMPARABLE    ; 2022
        # 3855 ≥ 3850 every year
        floor never crossed                 ; FLOOR    ;          ; 3850  ; 2020:3900 2021:3860 2022:3855           ; ON_TRACK          ;
        # exactly on the floor is not crossing it
        floor touched                       ; FLOOR    ;          ; 3850  ; 2020:3900 2021:3850                     ; ON_TRACK          ;
        floor crossed, recovered            ; FLOOR    ;          ; 3850  ; 2020:3900 2021:3840 2022:3860           ; LAGGING           ;
        floor crossed in the latest year    ; FLOOR    ;          ; 3850  ; 2020:3900 2021:3860 2022:3840           ; DETERIORATING     ;
        # ceiling (lower is better): 101 > 100
        ceiling kept                        ; CEILING  ;          ; 100   ; 2020:90 2021:95                         ; ON_TRACK          ;
        ceiling crossed                     ; CEILING  ;          ; 100   ; 2020:90 2021:101                        ; DETERIORATING     ;
        # negative and zero values against a ceiling of 0
        ceiling zero, kept                  ; CEILING  ;          ; 0     ; 2020:-5 2021:-1 2022:0                  ; ON_TRACK          ;
        ceiling zero, crossed               ; CEILING  ;          ; 0     ; 2020:-5 2021:0.5                        ; DETERIORATING     ;
        # the baseline year 2020 is missing: 2021 and 2022 are judged
        floor, baseline missing             ; FLOOR    ;          ; 3850  ; 2021:3860 2022:3855                     ; ON_TRACK          ;
        floor, one data point               ; FLOOR    ;          ; 60    ; 2020:61                                 ; ON_TRACK          ;
        # the floor 60 is on the old caliber; 61 and 62 are on the new one, which has no floor
        floor, series break                 ; FLOOR    ;          ; 60    ; 2020:55 |2022 2022:61 2023:62           ; NOT_COMPARABLE    ; 2022
        floor, no data                      ; FLOOR    ;          ; 60    ;                                         ; INSUFFICIENT_DATA ;
        """)
    void bounds(
            String name,
            TargetKind kind,
            Comparison cmp,
            double bound,
            String series,
            VerdictClass expected,
            Integer breakYear) {
        TargetSpec t = TargetSpec.of(kind, cmp, bound, 2020, 2025);
        Verdict v = Cases.assess(t, series, 2023);
        Cases.check(v, expected, null, null);
        if (expected != VerdictClass.INSUFFICIENT_DATA) {
            Cases.checkBreak(v, breakYear);
        }
    }

    @org.junit.jupiter.api.Test
    void projectsTheTrendToTheTargetYear() {
        // 59.5, 59.8, 60 (2020–2022): slope = ((−1)(−0.26667) + (1)(0.23333))/2 = 0.25; 2025: 59.76667 + 0.25·4 =
        // 60.76667
        Verdict v = Cases.assess(
                TargetSpec.of(TargetKind.MAINTAIN, Comparison.AT_LEAST, 59.0, 2020, 2025),
                "2020:59.5 2021:59.8 2022:60",
                2023);
        org.assertj.core.api.Assertions.assertThat(v.figures().projected())
                .isCloseTo((59.5 + 59.8 + 60) / 3 + 1.0, org.assertj.core.api.Assertions.within(1e-9));
    }
}
