package org.stocktake.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;
import org.stocktake.supervision.Permissions.Operation;

/**
 * Progress updates: a unit reports per reporting cycle; co-units' inputs are consolidated into the
 * lead unit's report; a head approves the unit's submission; the coordinator accepts or returns it
 * with a reason. Four eyes: nobody approves or reviews a report they submitted themselves. Attachments are checked and kept in the database.
 */
@Service
public class ProgressService {

    private final TaskService tasks;
    private final UpdateRepository updates;
    private final LightService lights;
    private final Notifier notifier;
    private final AuditService audit;
    private final Clock clock;
    private final Attachments attachments;
    private final RulesStore rules;

    /** How many periods back a report may be chosen for on the page. */
    private static final int MAX_PERIODS = 12;

    ProgressService(
            TaskService tasks,
            UpdateRepository updates,
            LightService lights,
            Notifier notifier,
            AuditService audit,
            Clock clock,
            Attachments attachments,
            RulesStore rules) {
        this.rules = rules;
        this.tasks = tasks;
        this.updates = updates;
        this.lights = lights;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
        this.attachments = attachments;
    }

    /** A file sent with a report: its name as uploaded and where to read it. */
    public record Upload(String fileName, org.springframework.core.io.InputStreamSource content) {}

    /** The periods the actor may report for on a task today, newest (the current one) first. */
    public List<Cycle.ReportingPeriod> reportablePeriods(Actor actor, long taskId) {
        Task task = tasks.visible(actor, taskId);
        return task.cycle().reportable(task.startDate(), LocalDate.now(clock), MAX_PERIODS);
    }

    /**
     * The period a report of the actor's unit is for when none is chosen: the last ended one if
     * the unit has not reported it yet, otherwise the current one.
     */
    public String duePeriod(Actor actor, long taskId) {
        Task task = tasks.visible(actor, taskId);
        String unit = actor.unit() != null && task.involves(actor.unit()) ? actor.unit() : task.lead();
        return period(task, unit, null, LocalDate.now(clock)).key();
    }

    /** Files the actor's unit's report for a task (a coordinator files it for the lead unit). */
    @Transactional
    public Update submit(Actor actor, long taskId, Report report) {
        return submit(actor, taskId, report, null, List.of());
    }

    /**
     * Files a report with its files, all or nothing: every file is checked before anything is
     * stored, and one refused refuses the report (nothing saved, nothing late). A report for a
     * period whose latest report from the unit was returned, or one naming the returned report it
     * revises, is that report's next version in the same period; it keeps the files of the
     * version it replaces, and adds those sent with it.
     */
    @Transactional
    public Update submit(Actor actor, long taskId, Report report, Long revises, List<Upload> files) {
        Task task = tasks.visible(actor, taskId);
        Permissions.require(actor, Operation.SUBMIT_UPDATE, task);
        String unit = actor.unit() != null && task.involves(actor.unit()) ? actor.unit() : task.lead();
        check(report);
        LocalDate today = LocalDate.now(clock);
        Update previous = revises == null ? null : returned(actor, task, unit, revises);
        String periodKey;
        boolean late;
        if (previous != null) {
            periodKey = previous.period();
            late = false; // the first version carries the period's lateness
        } else {
            Cycle.ReportingPeriod period = period(task, unit, report.period(), today);
            periodKey = period.key();
            previous = updates.latest(taskId, unit, periodKey)
                    .map(this::update)
                    .filter(u -> u.status() == UpdateStatus.RETURNED)
                    .orElse(null);
            // due as the lights count it: a newly assigned unit has its grace period first
            late = previous == null
                    && today.isAfter(LightRules.reportDue(
                            task, period, rules.rules(task.planCode()).graceDays()));
        }
        List<Attachments.Staged> staged = stage(files);
        try {
            long id = updates.insert(
                    taskId,
                    unit,
                    periodKey,
                    report,
                    UpdateStatus.SUBMITTED,
                    late,
                    actor.username(),
                    clock.instant(),
                    null,
                    previous == null ? 1 : previous.version() + 1,
                    previous == null ? null : previous.id());
            if (unit.equals(task.lead())) {
                updates.consolidate(taskId, periodKey, unit, id);
                tasks.save(task.progress(report.percent()), task.version());
            }
            if (previous != null) {
                updates.copyAttachments(previous.id(), id);
            }
            for (Attachments.Staged file : staged) {
                long attachment = updates.insertAttachment(id, file, actor.username(), clock.instant());
                audit.record(
                        actor,
                        "attachment",
                        attachment,
                        "upload",
                        null,
                        Map.of("update", id, "file", file.file().fileName(), "sha256", file.sha256()));
            }
            Update saved = updates.find(id).orElseThrow();
            audit.record(actor, "update", id, previous == null ? "submit" : "resubmit", null, saved);
            notifier.toRole(
                    Role.COORDINATOR,
                    task,
                    Messages.text("tasks.notice.progress", task.code(), periodKey),
                    report.progress(),
                    "update:" + id);
            lights.evaluate(taskId);
            return saved;
        } finally {
            staged.forEach(Attachments.Staged::close);
        }
    }

    /** The returned report a resubmission revises: of this task and unit, returned, and its latest version. */
    private Update returned(Actor actor, Task task, String unit, long id) {
        Update u = update(id);
        Permissions.require(actor, Operation.SUBMIT_UPDATE, task, u.unit());
        if (u.taskId() != task.id() || !u.unit().equals(unit)) {
            throw new InvalidInputException("update", List.of(Problem.of("revises", "tasks.update.none")));
        }
        if (u.status() != UpdateStatus.RETURNED || updates.superseded(id)) {
            throw new TaskStateException("tasks.update.state.revise", u.id());
        }
        return u;
    }

    /**
     * Checks and stages every file before anything is stored; a refused file refuses them all,
     * naming the file and the reason.
     */
    private List<Attachments.Staged> stage(List<Upload> files) {
        List<Attachments.Staged> staged = new java.util.ArrayList<>();
        for (Upload file : files) {
            try (java.io.InputStream in = file.content().getInputStream()) {
                staged.add(attachments.stage(file.fileName(), in));
            } catch (InvalidInputException e) {
                staged.forEach(Attachments.Staged::close);
                String name = Attachments.safeName(file.fileName());
                throw new InvalidInputException(
                        "update",
                        e.problems().stream()
                                .map(p -> new Problem(
                                        name,
                                        Messages.get(Messages.ZH, "update.attachment.refused", name, p.zh()),
                                        Messages.get(Messages.EN, "update.attachment.refused", name, p.en())))
                                .toList());
            } catch (java.io.IOException e) {
                staged.forEach(Attachments.Staged::close);
                throw new java.io.UncheckedIOException(e);
            }
        }
        return staged;
    }

    /**
     * Whether the page offers the actor approving or returning a report: the head of the report's
     * unit, not its author, while it waits for approval.
     */
    public boolean mayApprove(Actor actor, Update u) {
        return u.status() == UpdateStatus.SUBMITTED
                && actor.is(Role.HEAD)
                && Permissions.allowed(actor, Operation.APPROVE_UPDATE, null, u.unit())
                && !actor.username().equals(u.author());
    }

    /** Whether the page offers the actor reviewing a report: a coordinator, not its author, while it is submitted or approved. */
    public boolean mayReview(Actor actor, Update u) {
        return (u.status() == UpdateStatus.SUBMITTED || u.status() == UpdateStatus.APPROVED)
                && Permissions.allowed(actor, Operation.REVIEW_UPDATE, null, null)
                && !actor.username().equals(u.author());
    }

    /** Whether the page offers the actor revising a report: a liaison or head of its unit, once it is returned. */
    public boolean mayRevise(Actor actor, Update u) {
        return u.status() == UpdateStatus.RETURNED
                && actor.is(Role.LIAISON, Role.HEAD)
                && Permissions.allowed(actor, Operation.SUBMIT_UPDATE, null, u.unit());
    }

    /** The unit's head approves a liaison's submission. */
    @Transactional
    public Update approve(Actor actor, long updateId) {
        Update before = update(updateId);
        Task task = tasks.visible(actor, before.taskId());
        Permissions.require(actor, Operation.APPROVE_UPDATE, task, before.unit());
        requireSecondPerson(actor, before, "tasks.verb.approve");
        requireStatus(before, UpdateStatus.SUBMITTED, "approve");
        updates.setStatus(updateId, UpdateStatus.APPROVED, actor.username(), null, null, null);
        Update after = update(updateId);
        audit.record(actor, "update", updateId, "approve", before.status(), after.status());
        return after;
    }

    /**
     * The unit's head, instead of approving a submission, returns it to the liaison with a reason;
     * the liaison edits it and resubmits it as the next version of its period.
     */
    @Transactional
    public Update giveBack(Actor actor, long updateId, String reason) {
        Update before = update(updateId);
        Task task = tasks.visible(actor, before.taskId());
        Permissions.require(actor, Operation.APPROVE_UPDATE, task, before.unit());
        requireSecondPerson(actor, before, "tasks.verb.approve");
        requireStatus(before, UpdateStatus.SUBMITTED, "approve");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("update " + updateId, List.of(Problem.of("reason", "tasks.update.reason")));
        }
        updates.setStatus(updateId, UpdateStatus.RETURNED, null, actor.username(), clock.instant(), reason);
        Update after = update(updateId);
        audit.record(
                actor,
                "update",
                updateId,
                "return",
                before.status(),
                Map.of("status", after.status(), "reason", reason));
        notifier.toUnit(
                before.unit(), task, Messages.text("tasks.notice.returned", task.code()), reason, "return:" + updateId);
        lights.evaluate(task.id());
        return after;
    }

    /** The coordinator accepts a report, or returns it with a reason. */
    @Transactional
    public Update review(Actor actor, long updateId, boolean accept, String reason) {
        Update before = update(updateId);
        Task task = tasks.visible(actor, before.taskId());
        Permissions.require(actor, Operation.REVIEW_UPDATE, task);
        requireSecondPerson(actor, before, "tasks.verb.review");
        requireStatus(before, UpdateStatus.APPROVED, "review");
        if (!accept && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("update " + updateId, List.of(Problem.of("reason", "tasks.update.reason")));
        }
        updates.setStatus(
                updateId,
                accept ? UpdateStatus.ACCEPTED : UpdateStatus.RETURNED,
                null,
                actor.username(),
                clock.instant(),
                reason);
        Update after = update(updateId);
        audit.record(
                actor,
                "update",
                updateId,
                accept ? "accept" : "return",
                before.status(),
                Map.of("status", after.status(), "reason", reason == null ? "" : reason));
        if (!accept) {
            notifier.toUnit(
                    before.unit(),
                    task,
                    Messages.text("tasks.notice.returned", task.code()),
                    reason,
                    "return:" + updateId);
        }
        lights.evaluate(task.id());
        return after;
    }

    public List<Update> updates(Actor actor, long taskId) {
        tasks.visible(actor, taskId);
        return updates.ofTask(taskId);
    }

    /** Adds a file to an update of the actor's unit. */
    @Transactional
    public Update.Attachment attach(Actor actor, long updateId, String fileName, byte[] content) {
        return attach(actor, updateId, fileName, new java.io.ByteArrayInputStream(content));
    }

    /**
     * Adds a file to an update of the actor's unit, reading it as a stream: the permission is checked
     * before a byte is read, and the upload is refused as soon as it passes the size limit.
     */
    @Transactional
    public Update.Attachment attach(Actor actor, long updateId, String fileName, java.io.InputStream content) {
        Update update = update(updateId);
        Task task = tasks.visible(actor, update.taskId());
        Permissions.require(actor, Operation.SUBMIT_UPDATE, task, update.unit());
        try (Attachments.Staged staged = attachments.stage(fileName, content)) {
            Attachments.Checked file = staged.file();
            long id = updates.insertAttachment(updateId, staged, actor.username(), clock.instant());
            audit.record(
                    actor,
                    "attachment",
                    id,
                    "upload",
                    null,
                    Map.of("update", updateId, "file", file.fileName(), "sha256", staged.sha256()));
            return new Update.Attachment(id, file.fileName(), file.contentType(), (int) staged.size(), staged.sha256());
        }
    }

    /** An attachment's description and content, for an actor who may see its task. */
    public Map.Entry<Update.Attachment, byte[]> attachment(Actor actor, long attachmentId) {
        long updateId = updates.attachmentUpdate(attachmentId)
                .orElseThrow(() -> new InvalidInputException(
                        "attachment", List.of(Problem.of("id " + attachmentId, "tasks.attachment.none"))));
        Update update = update(updateId);
        tasks.visible(actor, update.taskId());
        Update.Attachment info = update.attachments().stream()
                .filter(a -> a.id() == attachmentId)
                .findFirst()
                .orElseThrow();
        return Map.entry(info, updates.content(attachmentId));
    }

    private Cycle.ReportingPeriod period(Task task, String unit, String wanted, LocalDate today) {
        Cycle.ReportingPeriod current = task.cycle().periodOf(today);
        if (wanted != null && !wanted.isBlank()) {
            if (current.key().equals(wanted.trim())) {
                return current;
            }
            for (Cycle.ReportingPeriod p = current;
                    !p.end().isBefore(task.startDate());
                    p = task.cycle().previous(p)) {
                if (p.key().equals(wanted.trim())) {
                    return p;
                }
            }
            throw new InvalidInputException("update", List.of(Problem.of("period", "tasks.period.outside", wanted)));
        }
        Cycle.ReportingPeriod previous = task.cycle().previous(current);
        boolean previousOpen =
                !previous.end().isBefore(task.startDate()) && !updates.reported(task.id(), unit, previous.key());
        return previousOpen ? previous : current;
    }

    private static void check(Report r) {
        List<Problem> problems = new java.util.ArrayList<>();
        if (r.progress() == null || r.progress().isBlank()) {
            problems.add(Problem.of("progress", "tasks.progress.missing"));
        }
        if (r.percent() < 0 || r.percent() > 100) {
            problems.add(Problem.of("percent", "tasks.percent.range"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("update", problems);
        }
    }

    private Update update(long id) {
        return updates.find(id)
                .orElseThrow(() ->
                        new InvalidInputException("update", List.of(Problem.of("id " + id, "tasks.update.none"))));
    }

    /** Four eyes: no one approves or reviews a report they submitted themselves. */
    private static void requireSecondPerson(Actor actor, Update u, String verbKey) {
        if (actor.username().equals(u.author())) {
            throw new NotPermittedException(actor, "refused.own-report", LocalizedText.of(verbKey));
        }
    }

    private static void requireStatus(Update u, UpdateStatus wanted, String action) {
        boolean ok = wanted == u.status() || ("review".equals(action) && u.status() == UpdateStatus.SUBMITTED);
        if (!ok) {
            throw new TaskStateException("tasks.update.state." + action, u.id(), u.status());
        }
    }
}
