package org.stocktake.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The warning-light calculator: plain Java, no Spring, no SQL. Blue when closed out; red past the
 * deadline, more than {@code redBehind} points behind schedule, yellow in two reporting periods
 * in a row, or a linked target off track; yellow near a milestone or the deadline, behind
 * schedule, a late report, or a linked target behind; green otherwise. Reasons are message codes.
 */
final class LightRules {

    /** What the rules look at. {@code targetVerdict} is the worst verdict of the linked targets, or null. */
    record Facts(
            TaskStatus status,
            LocalDate start,
            LocalDate deadline,
            int percent,
            List<LocalDate> milestones,
            boolean reportLate,
            Light previousPeriodLight,
            TargetProgress targetVerdict) {}

    record Result(Light light, List<String> reasons) {}

    private LightRules() {}

    static Result evaluate(Rules rules, Facts facts, LocalDate today) {
        if (facts.status() == TaskStatus.CLOSED) {
            return new Result(Light.BLUE, List.of("closed"));
        }
        List<String> red = new ArrayList<>();
        List<String> yellow = new ArrayList<>();
        boolean claimed = facts.status() == TaskStatus.CLAIMED;
        if (facts.deadline() != null && today.isAfter(facts.deadline()) && !claimed) {
            red.add("past_deadline");
        }
        int behind = claimed ? 0 : behind(facts, today);
        if (behind > rules.redBehind()) {
            red.add("far_behind");
        } else if (behind >= rules.yellowBehind()) {
            yellow.add("behind");
        }
        if (!claimed && facts.percent() < 100 && near(facts, rules.nearDays(), today)) {
            yellow.add("near_due");
        }
        if (facts.reportLate()) {
            yellow.add("late_report");
        }
        if (facts.targetVerdict() == TargetProgress.OFF_TRACK) {
            red.add("target_off_track");
        } else if (facts.targetVerdict() == TargetProgress.BEHIND) {
            yellow.add("target_behind");
        }
        if (red.isEmpty()
                && !yellow.isEmpty()
                && rules.twoYellowsRed()
                && facts.previousPeriodLight() == Light.YELLOW) {
            red.add("two_yellows");
        }
        if (!red.isEmpty()) {
            red.addAll(yellow);
            return new Result(Light.RED, red);
        }
        return yellow.isEmpty() ? new Result(Light.GREEN, List.of()) : new Result(Light.YELLOW, yellow);
    }

    /** Points behind the schedule that runs in a straight line from start (0 %) to deadline (100 %). */
    static int behind(Facts facts, LocalDate today) {
        if (facts.deadline() == null || !facts.deadline().isAfter(facts.start()) || today.isBefore(facts.start())) {
            return 0;
        }
        long total = ChronoUnit.DAYS.between(facts.start(), facts.deadline());
        long elapsed = Math.min(total, ChronoUnit.DAYS.between(facts.start(), today));
        int expected = (int) (elapsed * 100 / total);
        return Math.max(0, expected - facts.percent());
    }

    private static boolean near(Facts facts, int days, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>(facts.milestones());
        if (facts.deadline() != null) {
            dates.add(facts.deadline());
        }
        return dates.stream().anyMatch(d -> !today.isAfter(d) && ChronoUnit.DAYS.between(today, d) <= days);
    }
}
