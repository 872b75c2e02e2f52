package org.stocktake.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.stocktake.shared.LocalizedText;

/**
 * A task of the division of labour, as stored. Transitions return a new task and refuse, naming the
 * current state, what the state does not allow. A null deadline means ongoing (持续推进).
 */
public record Task(
        long id,
        String planCode,
        String code,
        Long parentId,
        String article,
        String title,
        String lead,
        List<String> coUnits,
        LocalDate startDate,
        LocalDate deadline,
        Cycle cycle,
        int dueDay,
        String deliverable,
        TaskStatus status,
        int percent,
        Light light,
        LocalDate closedOn,
        int version,
        Map<String, String> milestones,
        List<String> targets,
        List<String> indicators,
        Schedule schedule) {

    public Task {
        schedule = schedule == null ? Schedule.NONE : schedule;
        coUnits = List.copyOf(coUnits);
        milestones = Map.copyOf(milestones);
        targets = List.copyOf(targets);
        indicators = List.copyOf(indicators);
    }

    /** Whether the unit leads this task or shares in it. */
    public boolean involves(String unit) {
        return unit != null && (unit.equals(lead) || coUnits.contains(unit));
    }

    public boolean ongoing() {
        return deadline == null;
    }

    Task assign(String newLead) {
        require(status != TaskStatus.CLOSED, "tasks.action.assign");
        TaskStatus next = status == TaskStatus.UNASSIGNED ? TaskStatus.IN_PROGRESS : status;
        return with(newLead, deadline, next, percent, closedOn);
    }

    Task claim() {
        require(status == TaskStatus.IN_PROGRESS, "tasks.action.claim");
        return with(lead, deadline, TaskStatus.CLAIMED, percent, closedOn);
    }

    Task returnClaim() {
        require(status == TaskStatus.CLAIMED, "tasks.action.return-claim");
        return with(lead, deadline, TaskStatus.IN_PROGRESS, percent, closedOn);
    }

    Task close(LocalDate today) {
        require(status == TaskStatus.CLAIMED, "tasks.action.close");
        return with(lead, deadline, TaskStatus.CLOSED, 100, today);
    }

    Task extend(LocalDate newDeadline) {
        require(status == TaskStatus.IN_PROGRESS || status == TaskStatus.UNASSIGNED, "tasks.action.extend");
        return with(lead, newDeadline, status, percent, closedOn);
    }

    Task progress(int newPercent) {
        require(status == TaskStatus.IN_PROGRESS, "tasks.action.report");
        return with(lead, deadline, status, newPercent, closedOn);
    }

    private void require(boolean allowed, String actionKey) {
        if (!allowed) {
            throw new TaskStateException("tasks.state", code, status.zh(), status.code(), LocalizedText.of(actionKey));
        }
    }

    private Task with(
            String newLead, LocalDate newDeadline, TaskStatus newStatus, int newPercent, LocalDate newClosedOn) {
        return new Task(
                id,
                planCode,
                code,
                parentId,
                article,
                title,
                newLead,
                coUnits,
                startDate,
                newDeadline,
                cycle,
                dueDay,
                deliverable,
                newStatus,
                newPercent,
                light,
                newClosedOn,
                version,
                milestones,
                targets,
                indicators,
                schedule);
    }

    /** The first day the lead unit answers for the task (its start, or its assignment when later). */
    public LocalDate answerableFrom() {
        return schedule.answerableFrom(startDate);
    }
}
