package org.stocktake.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a coordinator gives to create a task, or anyone allowed gives to edit one. A null lead means
 * unassigned; a null deadline means ongoing; milestones are keyed by quarter (2026Q1).
 */
public record TaskDraft(
        String planCode,
        String code,
        String parentCode,
        String article,
        String title,
        String lead,
        List<String> coUnits,
        LocalDate startDate,
        LocalDate deadline,
        Cycle cycle,
        int dueDay,
        String deliverable,
        Map<String, String> milestones,
        List<String> targets,
        List<String> indicators) {

    public TaskDraft {
        coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
        milestones = milestones == null ? Map.of() : Map.copyOf(milestones);
        targets = targets == null ? List.of() : List.copyOf(targets);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** A draft with just what a simple task needs: monthly reports due on the 5th. */
    public static TaskDraft of(
            String planCode, String code, String title, String lead, LocalDate start, LocalDate deadline) {
        return new TaskDraft(
                planCode,
                code,
                null,
                null,
                title,
                lead,
                List.of(),
                start,
                deadline,
                Cycle.MONTHLY,
                5,
                null,
                Map.of(),
                List.of(),
                List.of());
    }

    public TaskDraft withCoUnits(List<String> units) {
        return new TaskDraft(
                planCode,
                code,
                parentCode,
                article,
                title,
                lead,
                units,
                startDate,
                deadline,
                cycle,
                dueDay,
                deliverable,
                milestones,
                targets,
                indicators);
    }

    public TaskDraft withTitle(String newTitle) {
        return new TaskDraft(
                planCode,
                code,
                parentCode,
                article,
                newTitle,
                lead,
                coUnits,
                startDate,
                deadline,
                cycle,
                dueDay,
                deliverable,
                milestones,
                targets,
                indicators);
    }

    public TaskDraft withDeliverable(String newDeliverable) {
        return new TaskDraft(
                planCode,
                code,
                parentCode,
                article,
                title,
                lead,
                coUnits,
                startDate,
                deadline,
                cycle,
                dueDay,
                newDeliverable,
                milestones,
                targets,
                indicators);
    }
}
