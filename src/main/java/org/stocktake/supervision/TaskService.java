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
import org.stocktake.plan.PlanService;
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
    private final TaskAssignments assignments;
    private final PlanService plans;

    TaskService(
            TaskRepository tasks,
            AccountService accounts,
            AuditService audit,
            LightService lights,
            RulesStore rules,
            Notifier notifier,
            TaskAssignments assignments,
            PlanService plans) {
        this.assignments = assignments;
        this.plans = plans;
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
        if (draft.lead() != null) {
            tasks.setLead(id, draft.lead());
        }
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
        if (!java.util.Objects.equals(before.lead(), effective.lead())) {
            tasks.setLead(id, effective.lead());
        }
        Task after = tasks.find(id).orElseThrow();
        audit.record(actor, "task", after.code(), "edit", before, after);
        lights.evaluate(id);
        return tasks.find(id).orElseThrow();
    }

    /** A coordinator assigns (or changes) the lead unit; the rest of the assignment stays. */
    @Transactional
    public Task assign(Actor actor, long id, int versionRead, String lead) {
        Task before = visible(actor, id);
        Permissions.require(actor, Operation.ASSIGN_LEAD, before);
        return assign(actor, before, versionRead, Assignment.of(before).withLead(lead));
    }

    /**
     * A coordinator sets who does a task and by when: lead unit, co-units, deadline or reporting
     * cycle with its due day, milestones. Recorded in the audit trail; the lead unit is told.
     */
    @Transactional
    public Task assign(Actor actor, long id, int versionRead, Assignment assignment) {
        Task before = visible(actor, id);
        Permissions.require(actor, Operation.ASSIGN_LEAD, before);
        return assign(actor, before, versionRead, assignment);
    }

    /**
     * A coordinator gives several tasks one lead unit and one deadline (null: ongoing), all or
     * nothing; each keeps its co-units, cycle and milestones. Returns the tasks as saved.
     */
    @Transactional
    public List<Task> assignAll(Actor actor, List<Long> ids, String lead, java.time.LocalDate deadline) {
        Permissions.require(actor, Operation.ASSIGN_LEAD);
        if (ids.isEmpty()) {
            throw new InvalidInputException("ids", List.of(Problem.of("ids", "tasks.assign.none-chosen")));
        }
        List<Task> saved = new ArrayList<>();
        for (long id : new java.util.LinkedHashSet<>(ids)) {
            Task before = visible(actor, id);
            Permissions.require(actor, Operation.ASSIGN_LEAD, before);
            saved.add(assign(
                    actor, before, before.version(), Assignment.of(before).withLeadAndDeadline(lead, deadline)));
        }
        return saved;
    }

    private Task assign(Actor actor, Task before, int versionRead, Assignment a) {
        if (before.status() == TaskStatus.CLOSED) {
            before.assign(a.lead()); // refuses, naming the state
        }
        assignments.check(before, a);
        Assignment was = Assignment.of(before);
        if (was.equals(a)) {
            return before;
        }
        TaskStatus status =
                before.status() == TaskStatus.UNASSIGNED && a.lead() != null ? TaskStatus.IN_PROGRESS : before.status();
        TaskDraft draft = new TaskDraft(
                before.planCode(),
                before.code(),
                null,
                before.article(),
                before.title(),
                a.lead(),
                a.coUnits(),
                before.startDate(),
                a.deadline(),
                a.cycle(),
                a.dueDay(),
                before.deliverable(),
                a.milestones(),
                before.targets(),
                before.indicators());
        if (!tasks.updateDetails(before.id(), draft, status, versionRead)) {
            throw new TaskConflictException(before.code(), versionRead, tasks.version(before.id()));
        }
        if (!java.util.Objects.equals(before.lead(), a.lead())) {
            tasks.setLead(before.id(), a.lead());
        }
        Task after = tasks.find(before.id()).orElseThrow();
        assignments.record(actor, after, was, a);
        if (a.lead() != null && !a.lead().equals(before.lead())) {
            notifyAssigned(after);
        }
        lights.evaluate(after.id());
        return tasks.find(after.id()).orElseThrow();
    }

    /** The task's assignments in words, for its timeline. */
    List<TimelineEntry> assignmentHistory(long id) {
        return assignments.history(tasks.find(id).orElseThrow());
    }

    /** Units' names in both languages by code, for the timeline (a code no unit has as itself). */
    java.util.function.Function<String, org.stocktake.shared.LocalizedText> unitNames() {
        return assignments.names();
    }

    /** Whether the actor may assign tasks (the pages offer the assignment forms only then). */
    public boolean mayAssign(Actor actor) {
        return Permissions.allowed(actor, Operation.ASSIGN_LEAD, null, null);
    }

    /** The units a lead or co-unit is chosen from. */
    public List<org.stocktake.accounts.OrgUnit> units() {
        return assignments.units();
    }

    /**
     * The plans a division-of-labour table is exported from or imported into, by title: the stored
     * plans, and any other plan code that has tasks.
     */
    public List<PlanChoice> plans() {
        java.util.Map<String, PlanChoice> choices = new java.util.LinkedHashMap<>();
        for (String code : plans.planCodes()) {
            plans.plan(code).ifPresent(p -> choices.put(code, new PlanChoice(code, p.title())));
        }
        tasks.all().stream()
                .map(Task::planCode)
                .distinct()
                .filter(code -> !choices.containsKey(code))
                .forEach(code ->
                        choices.put(code, new PlanChoice(code, new org.stocktake.shared.LocalizedText(code, code))));
        return List.copyOf(choices.values());
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
                changed.indicators(),
                changed.schedule());
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
     * Imports a division-of-labour table into a plan, all or nothing. A row whose 序号 exists
     * updates that task where it differs: its lead, co-units and deadline as an assignment, its
     * title and deliverable as an edit; a row equal to its task changes nothing, so a table exported
     * and imported unchanged leaves every task as it was. Other rows create a task starting on
     * {@code start}, under the task whose 序号 is theirs less the last part (3 for 3.2) where the
     * table or the plan has one, whatever the order of the rows. Returns the number of rows read.
     */
    @Transactional
    public int importWorkbook(
            Actor actor, String plan, String source, java.io.InputStream xlsx, java.time.LocalDate start) {
        Permissions.require(actor, Operation.IMPORT_TASKS);
        List<TaskWorkbook.Row6> rows = TaskWorkbook.read(source, xlsx, this::unitCode);
        java.util.Map<String, TaskWorkbook.Row6> byCode = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byCode.put(r.code(), r));
        java.util.Set<String> done = new java.util.HashSet<>();
        for (TaskWorkbook.Row6 row : rows) {
            importRow(actor, plan, row, byCode, done, start);
        }
        return rows.size();
    }

    /** Imports a row after its parent's row where the table has that further down, in the table's order otherwise. */
    private void importRow(
            Actor actor,
            String plan,
            TaskWorkbook.Row6 row,
            java.util.Map<String, TaskWorkbook.Row6> byCode,
            java.util.Set<String> done,
            java.time.LocalDate start) {
        if (!done.add(row.code())) {
            return;
        }
        if (row.parent() != null && byCode.containsKey(row.parent())) {
            importRow(actor, plan, byCode.get(row.parent()), byCode, done, start);
        }
        Optional<Task> existing = tasks.find(plan, row.code());
        if (existing.isPresent()) {
            update(actor, existing.get(), row);
            return;
        }
        String parent = row.parent() != null
                        && (byCode.containsKey(row.parent())
                                || tasks.find(plan, row.parent()).isPresent())
                ? row.parent()
                : null;
        create(
                actor,
                new TaskDraft(
                        plan,
                        row.code(),
                        parent,
                        null,
                        row.title(),
                        row.lead(),
                        row.coUnits(),
                        start,
                        row.deadline(),
                        Cycle.QUARTERLY,
                        5,
                        row.deliverable(),
                        java.util.Map.of(),
                        List.of(),
                        List.of()));
    }

    /** One row of a table applied to its task: what differs, and nothing else. */
    private void update(Actor actor, Task task, TaskWorkbook.Row6 row) {
        Assignment wanted = new Assignment(
                row.lead(), row.coUnits(), row.deadline(), task.cycle(), task.dueDay(), task.milestones());
        Task now = Assignment.of(task).equals(wanted) ? task : assign(actor, task, task.version(), wanted);
        if (!java.util.Objects.equals(now.title(), row.title())
                || !java.util.Objects.equals(now.deliverable(), row.deliverable())) {
            edit(
                    actor,
                    now.id(),
                    now.version(),
                    new TaskDraft(
                            now.planCode(),
                            now.code(),
                            null,
                            now.article(),
                            row.title(),
                            now.lead(),
                            now.coUnits(),
                            now.startDate(),
                            now.deadline(),
                            now.cycle(),
                            now.dueDay(),
                            row.deliverable(),
                            now.milestones(),
                            now.targets(),
                            now.indicators()));
        }
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
