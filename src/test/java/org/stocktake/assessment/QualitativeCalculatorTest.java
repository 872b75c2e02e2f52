package org.stocktake.assessment;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * qualitative (基本建成 / 取得重大进展), from the linked tasks' lights; baseline 2021, target 2025, as of
 * 2023: schedule (2023 − 2021)/4 = 0.5. Closed share ≥ 0.55 with none red → 快于预期; none red and
 * ≥ 80% closed or green → 基本符合预期; else 滞后. Values, zeros and series breaks do not apply:
 * "no tasks" is the missing-data case.
 */
class QualitativeCalculatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
        # case                          ; lights                             ; as of ; class             ; closed share ; schedule
        no linked tasks                 ;                                    ; 2023  ; INSUFFICIENT_DATA ;              ;
        all closed before the end       ; BLUE BLUE BLUE BLUE                ; 2023  ; ACHIEVED_EARLY    ; 1.0          ; 0.5
        all closed at the end           ; BLUE BLUE BLUE BLUE                ; 2025  ; ACHIEVED          ; 1.0          ; 1.0
        # the target year has come and one task is still open: 未实现
        one open at the end             ; BLUE BLUE BLUE GREEN               ; 2025  ; NOT_ACHIEVED      ; 0.75         ; 1.0
        # nothing closed with all the time gone: never 基本符合预期
        none closed at the end          ; GREEN GREEN GREEN GREEN            ; 2025  ; NOT_ACHIEVED      ; 0.0          ; 1.0
        # all green but none closed halfway: 0 < 0.5 − 0.05, behind the schedule
        none closed halfway             ; GREEN GREEN GREEN GREEN            ; 2023  ; LAGGING           ; 0.0          ; 0.5
        # 2/4 closed = 0.5 < 0.55, all healthy
        half closed, rest green         ; BLUE BLUE GREEN GREEN              ; 2023  ; ON_TRACK          ; 0.5          ; 0.5
        # 3/4 = 0.75 ≥ 0.55
        ahead                           ; BLUE BLUE BLUE GREEN               ; 2023  ; AHEAD             ; 0.75         ; 0.5
        one red                         ; BLUE GREEN GREEN RED               ; 2023  ; LAGGING           ; 0.25         ; 0.5
        # healthy 2/4 = 0.5 < 0.8
        two yellow of four              ; BLUE GREEN YELLOW YELLOW           ; 2023  ; LAGGING           ; 0.25         ; 0.5
        # healthy 4/5 = 0.8 but closed 0.4 < 0.5 − 0.05: behind the schedule
        one yellow of five              ; BLUE BLUE GREEN GREEN YELLOW       ; 2023  ; LAGGING           ; 0.4          ; 0.5
        """)
    void qualitative(String name, String lights, int asOf, VerdictClass expected, Double closed, Double schedule) {
        List<TaskLight> tasks = lights == null
                ? List.of()
                : Arrays.stream(lights.trim().split("\\s+"))
                        .map(TaskLight::valueOf)
                        .toList();
        TargetSpec t = TargetSpec.of(TargetKind.QUALITATIVE, null, null, 2021, 2025);
        Verdict v =
                VerdictEngine.assess(new VerdictInput(t, null, null, tasks, asOf, Method.SCHEDULE, Settings.DEFAULT));
        Cases.check(v, expected, closed, schedule);
    }
}
