package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * direction (进一步降低 / 稳步提高; 持续 = each year), baseline 2020. The right way: 基本符合预期;
 * no change or (each year) a wrong step: 滞后; the wrong way overall: 倒退. There is no target
 * value, so "target met at baseline" does not arise; a flat series is the closest case.
 */
class DirectionCalculatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
        # case                            ; direction ; each ; series                                  ; class             ; per year ; break
        # 1.0 → 0.9: −0.1 in 3 years
        lower, fell                       ; NEGATIVE  ; false ; 2020:1.0 2023:0.9                      ; ON_TRACK          ; -0.03333333333333333 ;
        lower, flat                       ; NEGATIVE  ; false ; 2020:1.0 2023:1.0                      ; LAGGING           ; 0.0      ;
        lower, rose                       ; NEGATIVE  ; false ; 2020:1.0 2023:1.1                      ; DETERIORATING     ;          ;
        # 持续: 0.95 → 0.96 is a wrong step
        each year, one wrong step         ; NEGATIVE  ; true  ; 2020:1.0 2021:0.95 2022:0.96 2023:0.9  ; LAGGING           ;          ;
        each year, every step right       ; NEGATIVE  ; true  ; 2020:1.0 2021:0.95 2022:0.92 2023:0.9  ; ON_TRACK          ;          ;
        # higher is better through negative values: −5 → −3 is +2 in 3 years
        higher, negative values           ; POSITIVE  ; false ; 2020:-5 2023:-3                        ; ON_TRACK          ; 0.6666666666666666 ;
        higher, zero to zero              ; POSITIVE  ; false ; 2020:0 2023:0                          ; LAGGING           ; 0.0      ;
        higher, zero to negative          ; POSITIVE  ; false ; 2020:0 2023:-1                         ; DETERIORATING     ;          ;
        one data point                    ; NEGATIVE  ; false ; 2020:1.0                               ; INSUFFICIENT_DATA ;          ;
        baseline missing                  ; NEGATIVE  ; false ; 2021:1.0 2023:0.9                      ; INSUFFICIENT_DATA ;          ;
        # across the break 10 → 19 would be a rise; within the new caliber 20 → 19 is a fall
        series break                      ; NEGATIVE  ; false ; 2020:10 2021:9 |2022 2022:20 2023:19   ; ON_TRACK          ; -1.0     ; 2022
        """)
    void steps(
            String name,
            Direction direction,
            boolean eachYear,
            String series,
            VerdictClass expected,
            Double perYear,
            Integer breakYear) {
        TargetSpec t =
                new TargetSpec(TargetKind.DIRECTION, null, null, 2020, null, 2025, direction, eachYear, null, null);
        Verdict v = Cases.assess(t, series, 2023);
        Cases.check(v, expected, null, null);
        if (perYear != null) {
            assertThat(v.figures().actualRate()).isCloseTo(perYear, within(1e-12));
        }
        if (expected != VerdictClass.INSUFFICIENT_DATA) {
            Cases.checkBreak(v, breakYear);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
        # 100 → 81 in 2 years: CAGR −0.1, lower is better → +0.1 ≥ 0.015: score min(500·0.1 − 5, 5) = 5
        opensdg, falling as wanted    ; OPENSDG ; NEGATIVE ; 2020:100 2022:81       ; ON_TRACK      ; 5
        # 100 → 100.5 in 1 year: CAGR 0.005 ≥ 0.005 → moderate: 250·0.005 − 1.25 = 0
        opensdg, slow rise            ; OPENSDG ; POSITIVE ; 2020:100 2021:100.5    ; LAGGING       ; 0
        # 1, 2, 3: slope +1
        trend, rising as wanted       ; TREND   ; POSITIVE ; 2020:1 2021:2 2022:3    ; ON_TRACK      ;
        trend, rising, lower wanted   ; TREND   ; NEGATIVE ; 2020:1 2021:2 2022:3    ; DETERIORATING ;
        """)
    void otherMethods(
            String name, Method method, Direction direction, String series, VerdictClass expected, Double score) {
        TargetSpec t = new TargetSpec(TargetKind.DIRECTION, null, null, 2020, null, 2025, direction, false, null, null);
        Verdict v = VerdictEngine.assess(
                VerdictInput.of(t, Cases.series(series), 2023).with(method));
        Cases.check(v, expected, null, null);
        if (score != null) {
            assertThat(v.figures().score()).isCloseTo(score, within(1e-9));
        }
    }
}
