package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The warning-light rules as a table: PRODUCT.md's defaults, plain Java. On 2026-07-01 a task running
 * through 2026 should be 49 % done: 10–30 points behind is yellow, more is red.
 */
class LightRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    @ParameterizedTest(name = "{0}: {1}% on {2}, late {3}, before {4}, target {5} -> {6}")
    @CsvSource(nullValues = "-", textBlock = """
            in_progress, 50, 2026-07-01, false, -,      -,         GREEN,  -
            in_progress, 39, 2026-07-01, false, -,      -,         YELLOW, behind
            in_progress, 30, 2026-07-01, false, -,      -,         YELLOW, behind
            in_progress, 19, 2026-07-01, false, -,      -,         YELLOW, behind
            in_progress, 18, 2026-07-01, false, -,      -,         RED,    far_behind
            in_progress, 99, 2026-12-26, false, -,      -,         YELLOW, near_due
            in_progress, 99, 2027-01-01, false, -,      -,         RED,    past_deadline
            in_progress, 60, 2026-07-01, true,  -,      -,         YELLOW, late_report
            in_progress, 60, 2026-07-01, true,  YELLOW, -,         RED,    two_yellows
            in_progress, 60, 2026-07-01, false, YELLOW, -,         GREEN,  -
            in_progress, 60, 2026-07-01, false, -,      behind,    YELLOW, target_behind
            in_progress, 60, 2026-07-01, false, -,      off_track, RED,    target_off_track
            claimed,     60, 2027-01-05, false, -,      -,         YELLOW, claim_pending
            claimed,     60, 2027-01-05, false, YELLOW, -,         YELLOW, claim_pending
            closed,      100, 2027-01-05, false, -,     -,         BLUE,   closed
            """)
    void lights(
            String status,
            int percent,
            LocalDate today,
            boolean late,
            Light previous,
            String verdict,
            Light expected,
            String reason) {
        LightRules.Facts facts = new LightRules.Facts(
                TaskStatus.of(status),
                START,
                DEADLINE,
                percent,
                List.of(),
                late,
                previous,
                verdict == null ? null : TargetProgress.of(verdict).orElseThrow());
        LightRules.Result result = LightRules.evaluate(Rules.DEFAULTS, facts, today);
        assertThat(result.light()).isEqualTo(expected);
        if (reason != null) {
            assertThat(result.reasons()).contains(reason);
        }
    }

    @ParameterizedTest(name = "{0} {1}: period {2}, due {3}")
    @CsvSource(textBlock = """
            MONTHLY,     2026-02-17, 2026-02, 2026-03-05
            QUARTERLY,   2026-05-17, 2026Q2,  2026-07-05
            HALF_YEARLY, 2026-08-01, 2026H2,  2027-01-05
            YEARLY,      2026-08-01, 2026,    2027-01-05
            WEEKLY,      2026-01-07, 2026-W02, 2026-01-16
            """)
    void periodsAndDueDays(Cycle cycle, LocalDate day, String key, LocalDate due) {
        Cycle.ReportingPeriod period = cycle.periodOf(day);
        assertThat(period.key()).isEqualTo(key);
        assertThat(cycle.due(period, 5)).isEqualTo(due);
    }

    /** Milestones are keyed by quarter; the light reads the quarter's last day through the one Period type. */
    @ParameterizedTest(name = "milestone ''{0}'' ends {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "2026Q1, 2026-03-31",
                "2026Q2, 2026-06-30",
                "2026Q3, 2026-09-30",
                "2026Q4, 2026-12-31",
                "2026-06, none",
                "2026, none",
                "' 2026Q2', none",
                "2026Q5, none"
            })
    void milestoneQuarterEnds(String key, LocalDate end) {
        assertThat(LightService.quarterEnd(key)).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-CN", "en"})
    void aRulesNoteIsShownInOneLanguage(String tag) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(tag);
        String note = LightService.inWords(List.of("late_report", "far_behind"));
        assertThat(LightService.inLanguage(note, locale))
                .isEqualTo(org.stocktake.shared.Messages.get(locale, "reason.late_report") + "; "
                        + org.stocktake.shared.Messages.get(locale, "reason.far_behind"));
        assertThat(LightService.inLanguage("请补充资金到位情况", locale)).isEqualTo("请补充资金到位情况");
    }
}
