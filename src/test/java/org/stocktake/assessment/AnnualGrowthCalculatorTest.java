package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * annual_growth (年均增长 X% 以上), base 100 in 2020, target year 2025. The committed path is
 * 100·(1+X)^n; with X = 10%: target 161.051, schedule in 2022 = (1.1² − 1)/(1.1⁵ − 1) = 0.21/0.61051
 * = 0.343975; p = (latest − 100)/61.051.
 */
class AnnualGrowthCalculatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
        # case                        ; cmp      ; X   ; series                                 ; as of ; class             ; p                  ; s                  ; actual             ; break
        # 121 = 100·1.1²: on the path, p = 21/61.051 = s
        on the path                   ; AT_LEAST ; 10  ; 2020:100 2022:121                      ; 2022  ; ON_TRACK          ; 0.34397470966896526 ; 0.34397470966896526 ; 0.1                ;
        # 130: p = 30/61.051 = 0.491393 ≥ 0.393975; actual √1.3 − 1 = 0.140175
        ahead                         ; AT_LEAST ; 10  ; 2020:100 2022:130                      ; 2022  ; AHEAD             ; 0.49139244238423613 ; 0.34397470966896526 ; 0.14017542509913805 ;
        # 110: p = 10/61.051 = 0.163797 < 0.293975
        lagging                       ; AT_LEAST ; 10  ; 2020:100 2022:110                      ; 2022  ; LAGGING           ; 0.16379748079474538 ; 0.34397470966896526 ;                    ;
        # 95: shrinking
        deteriorating                 ; AT_LEAST ; 10  ; 2020:100 2022:95                       ; 2022  ; DETERIORATING     ;                    ;                    ;                    ;
        # 170 ≥ 161.051
        achieved early                ; AT_LEAST ; 10  ; 2020:100 2022:170                      ; 2022  ; ACHIEVED_EARLY    ;                    ;                    ;                    ;
        # X = 0: the target is the base itself, met at baseline
        target met at baseline        ; AT_LEAST ; 0   ; 2020:100 2022:101                      ; 2022  ; ACHIEVED_EARLY    ;                    ;                    ;                    ;
        # lower is better, X = −10%: target 100·0.9⁵ = 59.049; 81 = 100·0.9²: p = 19/40.951 = s = 0.19/0.40951
        lower is better               ; AT_MOST  ; -10 ; 2020:100 2022:81                       ; 2022  ; ON_TRACK          ; 0.4639691338428854 ; 0.4639691338428854 ; -0.1 ;
        baseline missing              ; AT_LEAST ; 10  ; 2021:100 2022:121                      ; 2022  ; INSUFFICIENT_DATA ;                    ;                    ;                    ;
        one data point                ; AT_LEAST ; 10  ; 2020:100                               ; 2022  ; INSUFFICIENT_DATA ;                    ;                    ;                    ;
        # growth from 0 or from a negative value does not exist
        zero baseline                 ; AT_LEAST ; 10  ; 2020:0 2022:5                          ; 2022  ; INSUFFICIENT_DATA ;                    ;                    ;                    ;
        negative values               ; AT_LEAST ; 10  ; 2020:-5 2022:-4                        ; 2022  ; INSUFFICIENT_DATA ;                    ;                    ;                    ;
        # break 2022: base 200 (2022), 220 in 2023; 3 years left: target 200·1.331 = 266.2;
        # p = 20/66.2 = 0.302115 = s = 0.1/0.331
        series break                  ; AT_LEAST ; 10  ; 2020:100 2021:110 |2022 2022:200 2023:220 ; 2023 ; ON_TRACK        ; 0.3021148036253776 ; 0.3021148036253776 ; 0.1                ; 2022
        """)
    void growth(
            String name,
            Comparison cmp,
            double x,
            String series,
            int asOf,
            VerdictClass expected,
            Double progress,
            Double schedule,
            Double actual,
            Integer breakYear) {
        Verdict v = Cases.assess(TargetSpec.of(TargetKind.ANNUAL_GROWTH, cmp, x, 2020, 2025), series, asOf);
        Cases.check(v, expected, progress, schedule);
        if (actual != null) {
            assertThat(v.figures().actualRate()).isCloseTo(actual, within(1e-9));
            assertThat(v.figures().requiredRate()).isCloseTo(x / 100, within(1e-12));
        }
        if (expected != VerdictClass.INSUFFICIENT_DATA) {
            Cases.checkBreak(v, breakYear);
        }
    }
}
