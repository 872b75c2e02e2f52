package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * parity (居民收入与经济增长基本同步): CAGR of the series against the reference's over the same years,
 * tolerance 0.5 percentage points. 112.36 = 100·1.06², 114.49 = 100·1.07², 116.64 = 100·1.08²,
 * 112.9969 = 100·1.063². Parity has no target value, so "target met at baseline" does not arise.
 */
class ParityCalculatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
        # case                      ; cmp      ; series                                     ; reference                                          ; class             ; gap (pp) ; break
        # 6% and 6%
        in step                     ; AT_LEAST ; 2020:100 2022:112.36                       ; 2020:100 2022:112.36                               ; ON_TRACK          ; 0        ;
        # 6% against 6.3%: −0.3 within 0.5
        slightly slower             ; AT_LEAST ; 2020:100 2022:112.36                       ; 2020:100 2022:112.9969                             ; ON_TRACK          ; -0.3     ;
        # 6% against 7%: −1
        slower                      ; AT_LEAST ; 2020:100 2022:112.36                       ; 2020:100 2022:114.49                               ; LAGGING           ; -1       ;
        # 8% against 6%: +2
        faster                      ; AT_LEAST ; 2020:100 2022:116.64                       ; 2020:100 2022:112.36                               ; AHEAD             ; 2        ;
        # the latest common year is 2021: 106 vs 106
        latest common year          ; AT_LEAST ; 2020:100 2021:106 2022:120                 ; 2020:100 2021:106                                  ; ON_TRACK          ; 0        ;
        baseline missing            ; AT_LEAST ; 2021:100 2022:106                          ; 2020:100 2022:112.36                               ; INSUFFICIENT_DATA ;          ;
        one data point              ; AT_LEAST ; 2020:100                                   ; 2020:100 2022:112.36                               ; INSUFFICIENT_DATA ;          ;
        zero baseline               ; AT_LEAST ; 2020:0 2022:5                              ; 2020:100 2022:112.36                               ; INSUFFICIENT_DATA ;          ;
        negative values             ; AT_LEAST ; 2020:-5 2022:-4                            ; 2020:100 2022:112.36                               ; INSUFFICIENT_DATA ;          ;
        # lower is better (energy use vs output): 6% against 7% is −1 point, better than required
        lower is better, slower     ; AT_MOST  ; 2020:100 2022:112.36                       ; 2020:100 2022:114.49                               ; AHEAD             ; -1       ;
        lower is better, faster     ; AT_MOST  ; 2020:100 2022:116.64                       ; 2020:100 2022:112.36                               ; LAGGING           ; 2        ;
        # break 2022 in the series: both compared 2022 → 2023, 6% each
        series break                ; AT_LEAST ; 2020:100 2021:106 |2022 2022:200 2023:212  ; 2020:100 2021:106 2022:112.36 2023:119.1016         ; ON_TRACK          ; 0        ; 2022
        """)
    void parity(
            String name,
            Comparison cmp,
            String series,
            String reference,
            VerdictClass expected,
            Double gapPoints,
            Integer breakYear) {
        TargetSpec t = new TargetSpec(TargetKind.PARITY, cmp, null, 2020, null, 2025, null, false, 0.5, null);
        Verdict v = VerdictEngine.assess(new VerdictInput(
                t, Cases.series(series), Cases.series(reference), List.of(), 2023, Method.SCHEDULE, Settings.DEFAULT));
        Cases.check(v, expected, null, null);
        if (gapPoints != null) {
            double gap = (v.figures().actualRate() - v.figures().requiredRate()) * 100;
            assertThat(gap).isCloseTo(gapPoints, within(1e-9));
            Cases.checkBreak(v, breakYear);
        }
    }
}
