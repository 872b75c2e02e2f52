package org.stocktake.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.Role;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;
import org.stocktake.supervision.Permissions.Operation;

/**
 * The division of labour: create, edit and assign tasks, list what an actor may see. Saves check
 * the version the editor read, so a second concurrent save is refused instead of lost.
 */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final AccountService accounts;
    private final AuditService audit;
    private final LightService lights;
    private final RulesStore rules;
    private final Notifier notifier;

    TaskService(
            TaskRepository tasks,
            AccountService accounts,
            AuditService audit,
            LightService lights,
            RulesStore rules,
            Notifier notifier) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.audit = audit;
        this.lights = lights;
        this.rules = rules;
        this.notifier = notifier;
    }

    @Transactional
    public Task create(Actor actor, TaskDraft draft) {
        Permissions.require(actor, Operation.CREATE_TASK);
        check(draft, true);
        Long parent = draft.parentCode() == null
                ? null
                : tasks.find(draft.planCode(), draft.parentCode()).map(Task::id).orElse(null);
        long id = tasks.insert(draft, parent, draft.lead() == null ? TaskStatus.UNASSIGNED : TaskStatus.IN_PROGRESS);
        Task task = tasks.find(id).orElseThrow();
        audit.record(actor, "task", task.code(), "create", null, task);
        lights.evaluate(id);
        if (task.lead() != null) {
            notifyAssigned(task);
        }
        return tasks.find(id).orElseThrow();
    }

    /**
     * Saves an edit made on the version the editor read. A coordinator may change everything; the
     * lead unit's liaison or head changes title, deliverable, milestones and links only (lead, units
     * and dates change by assignment and extension).
     */
    @Transactional
    public Task edit(Actor actor, long id, int versionRead, TaskDraft draft) {
        Task before = visible(actor, id);
        Permissions.require(actor, Operation.EDIT_TASK, before);
        TaskDraft effective = actor.is(Role.COORDINATOR)
                ? draft
                : new TaskDraft(
                        before.planCode(),
                        before.code(),
                        null,
                        before.article(),
                        draft.title(),
                        before.lead(),
                        before.coUnits(),
                        before.startDate(),
                        before.deadline(),
                        before.cycle(),
                        before.dueDay(),
                        draft.deliverable(),
                        draft.milestones(),
                        draft.targets(),
                        draft.indicators());
        check(effective, false);
        TaskStatus status = before.status() == TaskStatus.UNASSIGNED && effective.lead() != null
                ? TaskStatus.IN_PROGRESS
                : before.status();
        if (!tasks.updateDetails(id, effective, status, versionRead)) {
            throw new TaskConflictException(before.code(), versionRead, tasks.version(id));
        }
        Task after = tasks.find(id).orElseThrow();
        audit.record(actor, "task", after.code(), "edit", before, after);
        lights.evaluate(id);
        return tasks.find(id).orElseThrow();
    }

    /** A coordinator assigns (or changes) the lead unit. */
    @Transactional
    public Task assign(Actor actor, long id, int versionRead, String lead) {
        Task before = visible(actor, id);
        Permissions.require(actor, Operation.ASSIGN_LEAD, before);
        if (accounts.unit(lead).isEmpty()) {
            throw new InvalidInputException(
                    "task " + before.code(), List.of(Problem.of("lead", "tasks.unit.unknown", lead)));
        }
        Task after = save(before.assign(lead), versionRead);
        audit.record(actor, "task", after.code(), "assign", before.lead(), lead);
        notifyAssigned(after);
        lights.evaluate(id);
        return tasks.find(id).orElseThrow();
    }

    /** Saves a transition of a task read at {@code versionRead}; refuses if it changed since. */
    Task save(Task changed, int versionRead) {
        Task stamped = new Task(
                changed.id(),
                changed.planCode(),
                changed.code(),
                changed.parentId(),
                changed.article(),
                changed.title(),
                changed.lead(),
                changed.coUnits(),
                changed.startDate(),
                changed.deadline(),
                changed.cycle(),
                changed.dueDay(),
                changed.deliverable(),
                changed.status(),
                changed.percent(),
                changed.light(),
                changed.closedOn(),
                versionRead,
                changed.milestones(),
                changed.targets(),
                changed.indicators());
        if (!tasks.saveState(stamped)) {
            throw new TaskConflictException(changed.code(), versionRead, tasks.version(changed.id()));
        }
        return tasks.find(changed.id()).orElseThrow();
    }

    /** The task if the actor may see it; a task outside the actor's scope is refused, not hidden. */
    public Task get(Actor actor, long id) {
        return visible(actor, id);
    }

    public Optional<Task> find(Actor actor, String plan, String code) {
        return tasks.find(plan, code).filter(t -> Permissions.allowed(actor, Operation.READ_TASK, t, null));
    }

    /** The tasks the actor may see that match the filter. */
    /**
     * A plan's tasks as the public cockpit and the verdicts see them: public by design, because the
     * tasks are the plan's own text, their units and deadlines, and their lights.
     */
    public List<Task> ofPlan(String planCode) {
        return tasks.all().stream().filter(t -> t.planCode().equals(planCode)).toList();
    }

    public List<Task> list(Actor actor, TaskFilter filter) {
        return tasks.all().stream()
                .filter(filter::matches)
                .filter(t -> Permissions.allowed(actor, Operation.READ_TASK, t, null))
                .toList();
    }

    /**
     * Imports a division-of-labour table into a plan, all or nothing: rows whose 序号 exists update
     * that task, others create one starting today. Returns the number of rows imported.
     */
    @Transactional
    public int importWorkbook(
            Actor actor, String plan, String source, java.io.InputStream xlsx, java.time.LocalDate start) {
        Permissions.require(actor, Operation.IMPORT_TASKS);
        List<TaskWorkbook.Row6> rows = TaskWorkbook.read(source, xlsx, this::unitCode);
        for (TaskWorkbook.Row6 row : rows) {
            Optional<Task> existing = tasks.find(plan, row.code());
            TaskDraft draft = new TaskDraft(
                    plan,
                    row.code(),
                    row.parent(),
                    existing.map(Task::article).orElse(null),
                    row.title(),
                    row.lead(),
                    row.coUnits(),
                    existing.map(Task::startDate).orElse(start),
                    row.deadline(),
                    existing.map(Task::cycle).orElse(Cycle.QUARTERLY),
                    existing.map(Task::dueDay).orElse(5),
                    row.deliverable(),
                    existing.map(Task::milestones).orElse(java.util.Map.of()),
                    existing.map(Task::targets).orElse(List.of()),
                    existing.map(Task::indicators).orElse(List.of()));
            if (existing.isPresent()) {
                edit(actor, existing.get().id(), existing.get().version(), draft);
            } else {
                create(actor, draft);
            }
        }
        return rows.size();
    }

    /** The plan's tasks as a division-of-labour table (XLSX). */
    public byte[] exportWorkbook(Actor actor, String plan) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        accounts.units().forEach(u -> names.put(u.code(), u.name().zh()));
        return TaskWorkbook.write(list(actor, new TaskFilter(plan, null, null, null, null)), names);
    }

    private Optional<String> unitCode(String text) {
        return accounts.units().stream()
                .filter(u -> u.code().equals(text) || u.name().zh().equals(text))
                .map(org.stocktake.accounts.OrgUnit::code)
                .findFirst();
    }

    public Rules rules(String plan) {
        return rules.rules(plan);
    }

    @Transactional
    public void configureRules(Actor actor, String plan, Rules newRules) {
        Permissions.require(actor, Operation.CONFIGURE_RULES);
        Rules before = rules.rules(plan);
        rules.save(plan, newRules);
        audit.record(actor, "rules", plan, "configure", before, newRules);
        tasks.ofPlan(plan).forEach(t -> lights.evaluate(t.id()));
    }

    Task tasksById(long id) {
        return tasks.find(id).orElseThrow();
    }

    Optional<Task> findById(long id) {
        return tasks.find(id);
    }

    Task visible(Actor actor, long id) {
        Task task = tasks.find(id)
                .orElseThrow(
                        () -> new InvalidInputException("task", List.of(Problem.of("id " + id, "tasks.task.none"))));
        Permissions.require(actor, Operation.READ_TASK, task);
        return task;
    }

    private void notifyAssigned(Task task) {
        LocalizedText subject = Messages.text("tasks.notice.new", task.code());
        LocalizedText body = Notifier.withDay(task.title(), "tasks.notice.deadline", ": ", task.deadline());
        notifier.toUnit(task.lead(), task, subject, body, "assign:" + task.id() + ":" + task.lead());
    }

    void check(TaskDraft d, boolean creating) {
        List<Problem> problems = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            problems.add(Problem.of("title", "tasks.title.missing"));
        }
        if (creating && tasks.find(d.planCode(), d.code()).isPresent()) {
            problems.add(Problem.of("code", "tasks.code.exists", d.code()));
        }
        if (d.lead() != null && accounts.unit(d.lead()).isEmpty()) {
            problems.add(Problem.of("lead", "tasks.unit.unknown", d.lead()));
        }
        d.coUnits().stream()
                .filter(u -> accounts.unit(u).isEmpty())
                .forEach(u -> problems.add(Problem.of("co_units", "tasks.unit.unknown", u)));
        if (d.deadline() != null && d.deadline().isBefore(d.startDate())) {
            problems.add(Problem.of("deadline", "tasks.deadline.before-start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("task " + d.code(), problems);
        }
    }
}
