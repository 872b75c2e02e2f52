package org.stocktake.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The warning-light calculator: plain Java, no Spring, no SQL. Blue when closed out; red past the
 * deadline, more than {@code redBehind} points behind schedule, yellow in two reporting periods
 * in a row, or a linked target off track; yellow near a milestone or the deadline, behind
 * schedule, a late report, or a linked target behind; green otherwise. Reasons are message codes
 * ({@code reason.*} in the bundles).
 *
 * <p>The schedule is the lead unit's: it runs from the day the unit was given the task, and for
 * the grace period after that nothing is due (green, reason {@code grace}). A task nobody leads
 * has no schedule to fall behind; it turns red or yellow only by its deadline or its targets, with
 * the reason {@code unassigned}, which puts it in the coordinator's queue. A pending completion
 * claim is not completion: until the coordinator closes the task out it is yellow
 * ({@code claim_pending}), the next step being the coordinator's, so the unit's deadline and
 * schedule no longer count against it.
 */
final class LightRules {

    /**
     * What the rules look at. {@code start} and {@code basePercent} are where the straight-line
     * schedule starts (0 % at assignment, or what was done when an extension was approved);
     * {@code graceUntil} is the first day after the grace period (null when none applies);
     * {@code targetVerdict} is the worst verdict of the linked targets, or null.
     */
    record Facts(
            TaskStatus status,
            LocalDate start,
            int basePercent,
            LocalDate graceUntil,
            LocalDate deadline,
            int percent,
            List<LocalDate> milestones,
            boolean reportLate,
            Light previousPeriodLight,
            TargetProgress targetVerdict) {

        /** Facts of a task assigned on its start date, past any grace period, never re-based. */
        Facts(
                TaskStatus status,
                LocalDate start,
                LocalDate deadline,
                int percent,
                List<LocalDate> milestones,
                boolean reportLate,
                Light previousPeriodLight,
                TargetProgress targetVerdict) {
            this(status, start, 0, null, deadline, percent, milestones, reportLate, previousPeriodLight, targetVerdict);
        }
    }

    record Result(Light light, List<String> reasons) {}

    private LightRules() {}

    static Result evaluate(Rules rules, Facts facts, LocalDate today) {
        if (facts.status() == TaskStatus.CLOSED) {
            return new Result(Light.BLUE, List.of("closed"));
        }
        if (facts.status() != TaskStatus.UNASSIGNED
                && facts.graceUntil() != null
                && today.isBefore(facts.graceUntil())) {
            return new Result(Light.GREEN, List.of("grace"));
        }
        List<String> red = new ArrayList<>();
        List<String> yellow = new ArrayList<>();
        boolean claimed = facts.status() == TaskStatus.CLAIMED;
        boolean assigned = facts.status() != TaskStatus.UNASSIGNED;
        if (claimed) {
            yellow.add("claim_pending");
        }
        if (facts.deadline() != null && today.isAfter(facts.deadline()) && !claimed) {
            red.add("past_deadline");
        }
        int behind = claimed || !assigned ? 0 : behind(facts, today);
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
                && !claimed
                && rules.twoYellowsRed()
                && facts.previousPeriodLight() == Light.YELLOW) {
            red.add("two_yellows");
        }
        if (!assigned && !(red.isEmpty() && yellow.isEmpty())) {
            yellow.add("unassigned");
        }
        if (!red.isEmpty()) {
            red.addAll(yellow);
            return new Result(Light.RED, red);
        }
        return yellow.isEmpty() ? new Result(Light.GREEN, List.of()) : new Result(Light.YELLOW, yellow);
    }

    /**
     * Points behind the schedule that runs in a straight line from {@code basePercent} at start
     * to 100 % at the deadline.
     */
    static int behind(Facts facts, LocalDate today) {
        if (facts.deadline() == null || !facts.deadline().isAfter(facts.start()) || today.isBefore(facts.start())) {
            return 0;
        }
        long total = ChronoUnit.DAYS.between(facts.start(), facts.deadline());
        long elapsed = Math.min(total, ChronoUnit.DAYS.between(facts.start(), today));
        int expected = facts.basePercent() + (int) (elapsed * (100 - facts.basePercent()) / total);
        return Math.max(0, expected - facts.percent());
    }

    /**
     * When a period's report is due from the task's lead unit: the cycle's due day, but never
     * within the grace period after the unit was given the task.
     */
    static LocalDate reportDue(Task task, Cycle.ReportingPeriod period, int graceDays) {
        LocalDate due = task.cycle().due(period, task.dueDay());
        LocalDate graceEnd = task.answerableFrom().plusDays(graceDays);
        return due.isBefore(graceEnd) ? graceEnd : due;
    }

    /** Whether the lead unit owes a report for the period: it overlaps the time the unit answers for the task. */
    static boolean owed(Task task, Cycle.ReportingPeriod period) {
        return !period.end().isBefore(task.answerableFrom());
    }

    /** The latest period whose report was due on or before today, if any was. */
    static java.util.Optional<Cycle.ReportingPeriod> lastDue(Task task, LocalDate today, int graceDays) {
        Cycle.ReportingPeriod p = task.cycle().periodOf(today);
        while (owed(task, p)) {
            if (!reportDue(task, p, graceDays).isAfter(today)) {
                return java.util.Optional.of(p);
            }
            p = task.cycle().previous(p);
        }
        return java.util.Optional.empty();
    }

    private static boolean near(Facts facts, int days, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>(facts.milestones());
        if (facts.deadline() != null) {
            dates.add(facts.deadline());
        }
        return dates.stream().anyMatch(d -> !today.isAfter(d) && ChronoUnit.DAYS.between(today, d) <= days);
    }
}
