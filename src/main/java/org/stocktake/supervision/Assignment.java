package org.stocktake.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Period;

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
        coUnits = coUnits == null
                ? List.of()
                : coUnits.stream().distinct().sorted().toList();
        milestones = milestones == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(milestones));
    }

    /** A quarter (2026Q2), as {@link Period} reads it exactly; empty for anything else. */
    static java.util.Optional<Period> quarter(String key) {
        return Period.parseExact(key).filter(p -> p.kind() == Period.Kind.QUARTER);
    }

    /** A quarter key (2026Q2) in words: 2026年第2季度 / Q2 2026; anything else as it is. */
    public static LocalizedText quarterName(String key) {
        return quarter(key)
                .map(p -> LocalizedText.of("tasks.quarter", p.year(), p.number()))
                .orElseGet(() -> new LocalizedText(key, key));
    }

    /** The quarters of the years from {@code first} to {@code last}, as keys (2026Q1 … 2026Q4). */
    public static List<String> quarters(int first, int last) {
        List<String> keys = new java.util.ArrayList<>();
        for (int y = first; y <= last; y++) {
            for (int q = 1; q <= 4; q++) {
                keys.add(Period.ofQuarter(y, q).toString());
            }
        }
        return keys;
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
