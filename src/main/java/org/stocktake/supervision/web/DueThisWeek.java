package org.stocktake.supervision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.stocktake.supervision.Cycle;
import org.stocktake.supervision.SupervisionRecord;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskStatus;
import org.stocktake.supervision.Update;
import org.stocktake.supervision.UpdateStatus;

/**
 * What a unit must do in the next seven days (本周到期), read from its tasks: progress reports due
 * (or already late) and not yet sent, responses to 催办 and 督办 records not yet given, and reports
 * a coordinator returned that wait to be sent again.
 */
record DueThisWeek(List<ReportDue> reports, List<ResponseDue> responses, List<Returned> returned) {

    static final int DAYS = 7;

    /** A report of one period of a task, due on a day (overdue when the day has passed). */
    record ReportDue(Task task, String period, LocalDate due, boolean overdue) {}

    /** A supervision record of a task waiting for the unit's response by a day. */
    record ResponseDue(Task task, SupervisionRecord record, boolean overdue) {}

    /** A returned report of a task, with the reason, not yet sent again for its period. */
    record Returned(Task task, Update update) {}

    public boolean empty() {
        return reports.isEmpty() && responses.isEmpty() && returned.isEmpty();
    }

    /**
     * @param unit the unit whose week it is (its reports and the records addressed to it)
     * @param tasks the unit's tasks (led or shared)
     * @param updates the reports of each task, in the order of {@code tasks}
     * @param records the supervision records the caller sees
     */
    static DueThisWeek of(
            String unit,
            List<Task> tasks,
            List<List<Update>> updates,
            List<SupervisionRecord> records,
            LocalDate today) {
        LocalDate horizon = today.plusDays(DAYS);
        List<ReportDue> reports = new ArrayList<>();
        List<Returned> returned = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            List<Update> ours =
                    updates.get(i).stream().filter(u -> unit.equals(u.unit())).toList();
            if (task.status() == TaskStatus.IN_PROGRESS && task.cycle() != null) {
                reportDue(task, ours, today, horizon).ifPresent(reports::add);
            }
            ours.stream()
                    .filter(u -> u.status() == UpdateStatus.RETURNED)
                    .filter(u -> ours.stream()
                            .noneMatch(later -> later.id() > u.id()
                                    && later.period().equals(u.period())
                                    && later.status() != UpdateStatus.RETURNED))
                    .forEach(u -> returned.add(new Returned(task, u)));
        }
        List<ResponseDue> responses = new ArrayList<>();
        for (SupervisionRecord r : records) {
            if (r.response() == null
                    && unit.equals(r.toUnit())
                    && r.responseDue() != null
                    && !r.responseDue().isAfter(horizon)) {
                tasks.stream()
                        .filter(t -> t.id() == r.taskId())
                        .findFirst()
                        .ifPresent(t -> responses.add(
                                new ResponseDue(t, r, r.responseDue().isBefore(today))));
            }
        }
        reports.sort(Comparator.comparing(ReportDue::due));
        responses.sort(Comparator.comparing(r -> r.record().responseDue()));
        return new DueThisWeek(List.copyOf(reports), List.copyOf(responses), List.copyOf(returned));
    }

    /** The earliest period, of the last one due and the current one, whose report is due by the horizon and not sent. */
    private static java.util.Optional<ReportDue> reportDue(
            Task task, List<Update> ours, LocalDate today, LocalDate horizon) {
        Cycle cycle = task.cycle();
        Cycle.ReportingPeriod current = cycle.periodOf(today);
        for (Cycle.ReportingPeriod p : List.of(cycle.previous(current), current)) {
            LocalDate due = cycle.due(p, task.dueDay());
            boolean started = task.startDate() == null || !p.end().isBefore(task.startDate());
            boolean sent = ours.stream()
                    .anyMatch(u -> Objects.equals(u.period(), p.key()) && u.status() != UpdateStatus.RETURNED);
            if (started && !sent && !due.isAfter(horizon)) {
                return java.util.Optional.of(new ReportDue(task, p.key(), due, due.isBefore(today)));
            }
        }
        return java.util.Optional.empty();
    }
}
