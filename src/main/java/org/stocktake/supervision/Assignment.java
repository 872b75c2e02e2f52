package org.stocktake.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who does a task and by when, as a coordinator sets it: the lead unit (null: unassigned), the
 * co-units, the deadline (null: ongoing, 持续推进), the reporting cycle and the day of the
 * following period a report is due, and milestones keyed by quarter (2026Q2).
 */
public record Assignment(
        String lead,
        List<String> coUnits,
        LocalDate deadline,
        Cycle cycle,
        int dueDay,
        Map<String, String> milestones) {

    public Assignment {
        coUnits = coUnits == null ? List.of() : coUnits.stream().distinct().sorted().toList();
        milestones = milestones == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(milestones));
    }

    /** The assignment a task has now. */
    public static Assignment of(Task task) {
        return new Assignment(
                task.lead(), task.coUnits(), task.deadline(), task.cycle(), task.dueDay(), task.milestones());
    }

    /** The same assignment with another lead unit and deadline (the board's bulk assignment). */
    public Assignment withLeadAndDeadline(String newLead, LocalDate newDeadline) {
        return new Assignment(newLead, coUnits, newDeadline, cycle, dueDay, milestones);
    }

    /** The same assignment with another lead unit. */
    public Assignment withLead(String newLead) {
        return new Assignment(newLead, coUnits, deadline, cycle, dueDay, milestones);
    }
}
