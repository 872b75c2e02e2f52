package org.stocktake.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanImported;
import org.stocktake.plan.PlanService;

/**
 * Seeds the task list from a plan's tasks when the plan is imported, in the import's transaction:
 * the plan's units become units, and each plan task not yet in the list becomes a task (unassigned
 * where the text names no lead). Tasks already in the list keep what supervision did to them.
 */
@Component
class PlanTasks {

    private static final Logger log = LoggerFactory.getLogger(PlanTasks.class);

    private final PlanService plans;
    private final AccountService accounts;
    private final TaskService tasks;
    private final TaskRepository repository;

    PlanTasks(PlanService plans, AccountService accounts, TaskService tasks, TaskRepository repository) {
        this.plans = plans;
        this.accounts = accounts;
        this.tasks = tasks;
        this.repository = repository;
    }

    @EventListener
    void on(PlanImported event) {
        seed(plans.plan(event.code()).orElseThrow());
    }

    /** On every start: plans stored before the task list existed get their tasks too (idempotent). */
    @EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.transaction.annotation.Transactional
    public void onStart() {
        for (String code : plans.planCodes()) {
            plans.plan(code).ifPresent(this::seed);
        }
    }

    private void seed(PlanDocument plan) {
        accounts.adoptUnits(plan.units().stream()
                .map(u -> new OrgUnit(
                        u.code(),
                        u.name(),
                        OrgUnit.KINDS.contains(u.kind()) ? u.kind() : "department",
                        u.region() != null ? u.region() : plan.region()))
                .toList());
        int added = 0;
        for (PlanDocument.Task t : plan.tasks()) {
            if (repository.find(plan.code(), t.code()).isEmpty()) {
                TaskDraft d = draft(plan, t);
                String lead = d.lead() != null && accounts.unit(d.lead()).isPresent() ? d.lead() : null;
                List<String> co = d.coUnits().stream()
                        .filter(u -> accounts.unit(u).isPresent())
                        .toList();
                tasks.create(
                        Actor.system("seed"),
                        new TaskDraft(
                                d.planCode(),
                                d.code(),
                                null,
                                d.article(),
                                d.title(),
                                lead,
                                co,
                                d.startDate(),
                                d.deadline(),
                                d.cycle(),
                                d.dueDay(),
                                d.deliverable(),
                                d.milestones(),
                                d.targets(),
                                d.indicators()));
                added++;
            }
        }
        if (added > 0) {
            log.info("从计划 {} 生成任务 {} 项 / seeded {} task(s) from plan {}", plan.code(), added, added, plan.code());
        }
    }

    static TaskDraft draft(PlanDocument plan, PlanDocument.Task t) {
        LocalDate start = LocalDate.of(plan.startYear(), 1, 1);
        return new TaskDraft(
                plan.code(),
                t.code(),
                null,
                t.article(),
                t.title().zh(),
                blank(t.lead()),
                t.coUnits(),
                start,
                deadline(t.deadline(), plan.endYear()),
                t.cycle() == null ? Cycle.QUARTERLY : Cycle.of(t.cycle()),
                5,
                t.deliverable(),
                Map.of(),
                t.targets(),
                List.of());
    }

    static LocalDate deadline(String text, int endYear) {
        if (text == null || text.isBlank()) {
            return LocalDate.of(endYear, 12, 31);
        }
        if ("ongoing".equals(text)) {
            return null;
        }
        return text.length() == 4 ? LocalDate.of(Integer.parseInt(text), 12, 31) : LocalDate.parse(text);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
