package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Open SDG progress measure on hand-worked cases. CAGR(a→b over n years) = (b/a)^(1/n) − 1.
 * Base 100 in 2020 and target 259.37424601 = 100·1.21^5 in 2030 make the required CAGR exactly 0.1,
 * so R = observed CAGR / 0.1. Scores: R ≥ 0.6 → min(7.1429R − 4.2857, 5); below → max(4.1667R − 2.5, −5);
 * no target → CAGR against 1.5% / 0.5% / 0 (scaled by C with a limit).
 */
class OpenSdgProgressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
        # case                                  ; dir      ; base ; tyear ; target       ; limit ; points                         ; base year ; base value ; progress            ; score               ; status
        # 121 = 100·1.1² → CAGR 0.1, R = 1; score 7.1429 − 4.2857
        on track, R = 1                         ; positive ; 2015 ; 2030  ; 259.37424601 ;       ; 2020:100 2022:121               ; 2020 ; 100    ; 1.0                 ; 2.8572              ; substantial_progress
        # 116.64 = 100·1.08² → R = 0.8; 7.1429·0.8 − 4.2857 = 1.42862
        R = 0.8                                 ; positive ; 2020 ; 2030  ; 259.37424601 ;       ; 2020:100 2022:116.64            ; 2020 ; 100    ; 0.8                 ; 1.42862             ; moderate_progress
        # 110.25 = 100·1.05² → R = 0.5; 4.1667·0.5 − 2.5 = −0.41665
        R = 0.5                                 ; positive ; 2020 ; 2030  ; 259.37424601 ;       ; 2020:100 2022:110.25            ; 2020 ; 100    ; 0.5                 ; -0.41665            ; limited_progress
        # 90.25 = 100·0.95² → R = −0.5; 4.1667·(−0.5) − 2.5 = −4.58335
        R = −0.5                                ; positive ; 2020 ; 2030  ; 259.37424601 ;       ; 2020:100 2022:90.25             ; 2020 ; 100    ; -0.5                ; -4.58335            ; deterioration
        # 81 = 100·0.9² → R = −1; 4.1667·(−1) − 2.5 = −6.67 → floor −5
        R = −1, score floored                   ; positive ; 2020 ; 2030  ; 259.37424601 ;       ; 2020:100 2022:81                ; 2020 ; 100    ; -1.0                ; -5                  ; deterioration
        # 169 = 100·1.3² → R = 3; 7.1429·3 − 4.2857 = 17.1 → cap 5
        R = 3, score capped                     ; positive ; 2020 ; 2030  ; 259.37424601 ;       ; 2020:100 2022:169               ; 2020 ; 100    ; 3.0                 ; 5                   ; substantial_progress
        # lower is better: target 34.86784401 = 100·0.81^5 (required −0.1); 81 = 100·0.9² (−0.1); R = −1·(−0.1)/|−0.1| = 1
        lower is better                         ; negative ; 2020 ; 2030  ; 34.86784401  ;       ; 2020:100 2022:81                ; 2020 ; 100    ; 1.0                 ; 2.8572              ; substantial_progress
        # 300 ≥ target: achieved, score 5; R = (√3 − 1)/0.1 = 7.3205080757
        target achieved                         ; positive ; 2020 ; 2030  ; 259.37424601 ;       ; 2020:100 2022:300               ; 2020 ; 100    ; 7.320508075688772   ; 5                   ; target_achieved
        # base = target = current: CAGR 0 / 0 → no value; achieved → 5
        target met at baseline (0/0)            ; positive ; 2020 ; 2030  ; 50           ;       ; 2020:50 2022:50                 ; 2020 ; 50     ;                     ; 5                   ; target_achieved
        # one point: no growth can be computed
        one data point                          ; positive ; 2020 ; 2030  ; 100          ;       ; 2020:50                         ; 2020 ; 50     ;                     ;                     ; not_available
        one data point, target already met      ; positive ; 2020 ; 2030  ; 100          ;       ; 2020:120                        ; 2020 ; 120    ;                     ; 5                   ; target_achieved
        # no data point from the base year on: base year as configured
        no data                                 ; positive ; 2015 ; 2030  ; 100          ;       ;                                 ; 2015 ;        ;                     ;                     ; not_available
        # base year 2015 absent: the next year with data (2017) is the base; 121/100 over 2 years → 0.1
        base year absent, next year used        ; positive ; 2015 ; 2030  ;              ;       ; 2017:100 2019:121               ; 2017 ; 100    ; 0.1                 ; 5                   ; substantial_progress
        # base 0 → 0.001: 0.00121/0.001 over 2 years → CAGR 0.1 ≥ 0.015; score min(500·0.1 − 5, 5) = 5
        zero base replaced by 0.001             ; positive ; 2020 ; 2030  ;              ;       ; 2020:0 2022:0.00121             ; 2020 ; 0.001  ; 0.1                 ; 5                   ; substantial_progress
        # target 0 → 0.001: observed (0.01/0.1)^(1/2) − 1 = −0.68377; required (0.001/0.1)^(1/10) − 1 = −0.36904; R = 1.85283
        zero target replaced by 0.001           ; negative ; 2020 ; 2030  ; 0            ;       ; 2020:0.1 2022:0.01              ; 2020 ; 0.1    ; 1.8528271021138463  ; 5                   ; substantial_progress
        # negative values flip the sign: −100 → −81 is CAGR −0.1, sign −1 → +0.1 for "higher is better"
        negative values                         ; positive ; 2020 ; 2030  ;              ;       ; 2020:-100 2022:-81              ; 2020 ; -100   ; 0.1                 ; 5                   ; substantial_progress
        # base and current of opposite signs: no value
        sign change                             ; positive ; 2020 ; 2030  ;              ;       ; 2020:-1 2022:1                  ; 2020 ; -1     ;                     ;                     ; not_available
        # limit 100, base 90: C = 1 − 0.9^4.44 = 0.373622; thresholds 0.0056043 / 0.0018681; CAGR 0.005 → 250·0.005/C − 1.25
        limit scales the thresholds             ; positive ; 2020 ; 2030  ;              ; 100   ; 2020:90 2022:90.90224999999998  ; 2020 ; 90     ; 0.005               ; 2.095630577578167   ; moderate_progress
        # base at the limit: C = 0, CAGR 0 ≥ 0 → 5
        base at the limit                       ; positive ; 2020 ; 2030  ;              ; 100   ; 2020:100 2022:100               ; 2020 ; 100    ; 0.0                 ; 5                   ; substantial_progress
        # no target, no change: CAGR 0 → 500·0 − 2.5
        no target, no change                    ; negative ; 2020 ; 2030  ;              ;       ; 2020:3.83 2024:3.83             ; 2020 ; 3.83   ; 0.0                 ; -2.5                ; limited_progress
        # Open SDG fixture 1-5-3: 10 → 30 against target 1: R = −1·2/|0.1^(1/15) − 1| = −14.05 → −5
        Open SDG feature test 1-5-3             ; negative ; 2015 ; 2030  ; 1            ; 1     ; 2015:10 2016:30                 ; 2015 ; 10     ; -14.054408693747053 ; -5                  ; deterioration
        # Open SDG fixture 1-5-4: 5 → 6 against target 9: R = 0.2/(1.8^(1/15) − 1) = 5.0045 → 5
        Open SDG feature test 1-5-4             ; positive ; 2015 ; 2030  ; 9            ; 9     ; 2015:5 2016:6                   ; 2015 ; 5      ; 5.004545663635249   ; 5                   ; substantial_progress
        """)
    void measures(
            String name,
            String direction,
            int baseYear,
            int targetYear,
            Double target,
            Double limit,
            String points,
            Integer expectedBaseYear,
            Double expectedBaseValue,
            Double progress,
            Double score,
            String status) {
        var config = new OpenSdgProgress.Config(
                Direction.parse(direction).orElseThrow(), baseYear, targetYear, target, limit);
        OpenSdgProgress.Result r =
                OpenSdgProgress.measure(config, Cases.series(points).points());
        assertThat(r.status().code()).isEqualTo(status);
        assertThat(r.baseYear()).isEqualTo(expectedBaseYear);
        assertClose(r.baseValue(), expectedBaseValue);
        assertClose(r.progressValue(), progress);
        assertClose(r.score(), score);
    }

    private static void assertClose(Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isNotNull();
            assertThat(actual).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }

    /** The ratio of the values overflows, the ten-year growth does not: (1e600)^(1/10) − 1 = 1e60 − 1. */
    @org.junit.jupiter.api.Test
    void growthIsComputedThroughLogarithmsWhenTheRatioOverflows() {
        var config = new OpenSdgProgress.Config(Direction.POSITIVE, 2020, 2030, null, null);
        OpenSdgProgress.Result r = OpenSdgProgress.measure(
                config, Cases.series("2020:1e-300 2030:1e300").points());
        assertThat(r.progressValue()).isCloseTo(1e60, within(1e48));
        assertThat(r.score()).isEqualTo(5.0);
    }

    /** Growth beyond a double (1e600 in one year) has no finite value: left out, status and score by its sign. */
    @org.junit.jupiter.api.Test
    void growthBeyondTheRangeOfNumbersIsLeftOut() {
        var config = new OpenSdgProgress.Config(Direction.NEGATIVE, 2020, 2030, null, null);
        OpenSdgProgress.Result r = OpenSdgProgress.measure(
                config, Cases.series("2020:1e-300 2021:1e300").points());
        assertThat(r.progressValue()).isNull();
        assertThat(r.status()).isEqualTo(OpenSdgProgress.Status.DETERIORATION);
        assertThat(r.score()).isEqualTo(-5.0);
    }

    /** A base year moved to or past the target year by missing data requires no growth: not available. */
    @org.junit.jupiter.api.Test
    void aBaseAtOrAfterTheTargetYearGivesNoRatio() {
        var config = new OpenSdgProgress.Config(Direction.POSITIVE, 2015, 2020, 20.0, null);
        OpenSdgProgress.Result r =
                OpenSdgProgress.measure(config, Cases.series("2020:10 2024:12").points());
        assertThat(r.progressValue()).isNull();
        assertThat(r.score()).isNull();
        assertThat(r.status()).isEqualTo(OpenSdgProgress.Status.NOT_AVAILABLE);
    }
}
