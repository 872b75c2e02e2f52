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

    ProgressService(TaskService tasks, UpdateRepository updates, LightService lights, Notifier notifier,
            AuditService audit, Clock clock, Attachments attachments) {
        this.tasks = tasks;
        this.updates = updates;
        this.lights = lights;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
        this.attachments = attachments;
    }

    /** Files the actor's unit's report for a task (a coordinator files it for the lead unit). */
    @Transactional
    public Update submit(Actor actor, long taskId, Report report) {
        Task task = tasks.visible(actor, taskId);
        Permissions.require(actor, Operation.SUBMIT_UPDATE, task);
        String unit = actor.unit() != null && task.involves(actor.unit()) ? actor.unit() : task.lead();
        check(report);
        LocalDate today = LocalDate.now(clock);
        Cycle.Period period = period(task, unit, report.period(), today);
        boolean late = today.isAfter(task.cycle().due(period, task.dueDay()));
        // four eyes: a report is never approved by its own author, whatever the author's role
        long id = updates.insert(taskId, unit, period.key(), report, "submitted", late,
                actor.username(), clock.instant(), null);
        if (unit.equals(task.lead())) {
            updates.consolidate(taskId, period.key(), unit, id);
            tasks.save(task.progress(report.percent()), task.version());
        }
        Update saved = updates.find(id).orElseThrow();
        audit.record(actor, "update", id, "submit", null, saved);
        notifier.toRole(Role.COORDINATOR, task, "进展报送 " + task.code() + " " + period.key()
                + " / progress report " + task.code(), report.progress(), "update:" + id);
        lights.evaluate(taskId);
        return saved;
    }

    /** The unit's head approves a liaison's submission. */
    @Transactional
    public Update approve(Actor actor, long updateId) {
        Update before = update(updateId);
        Task task = tasks.visible(actor, before.taskId());
        Permissions.require(actor, Operation.APPROVE_UPDATE, task, before.unit());
        requireSecondPerson(actor, before, "审核", "approve");
        requireStatus(before, "submitted", "审核", "approve");
        updates.setStatus(updateId, "approved", actor.username(), null, null, null);
        Update after = update(updateId);
        audit.record(actor, "update", updateId, "approve", before.status(), after.status());
        return after;
    }

    /** The coordinator accepts a report, or returns it with a reason. */
    @Transactional
    public Update review(Actor actor, long updateId, boolean accept, String reason) {
        Update before = update(updateId);
        Task task = tasks.visible(actor, before.taskId());
        Permissions.require(actor, Operation.REVIEW_UPDATE, task);
        requireSecondPerson(actor, before, "审核", "review");
        requireStatus(before, "approved", "审核", "review");
        if (!accept && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("update " + updateId, List.of(new Problem("reason", "退回须说明理由", "a return needs a reason")));
        }
        updates.setStatus(updateId, accept ? "accepted" : "returned", null, actor.username(), clock.instant(), reason);
        Update after = update(updateId);
        audit.record(actor, "update", updateId, accept ? "accept" : "return", before.status(), Map.of("status", after.status(),
                "reason", reason == null ? "" : reason));
        if (!accept) {
            notifier.toUnit(before.unit(), task, "进展报告被退回 " + task.code() + " / report returned " + task.code(),
                    reason, "return:" + updateId);
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
            audit.record(actor, "attachment", id, "upload", null,
                    Map.of("update", updateId, "file", file.fileName(), "sha256", staged.sha256()));
            return new Update.Attachment(id, file.fileName(), file.contentType(), (int) staged.size(), staged.sha256());
        }
    }

    /** An attachment's description and content, for an actor who may see its task. */
    public Map.Entry<Update.Attachment, byte[]> attachment(Actor actor, long attachmentId) {
        long updateId = updates.attachmentUpdate(attachmentId).orElseThrow(() -> new InvalidInputException("attachment",
                List.of(new Problem("id " + attachmentId, "没有这个附件", "no such attachment"))));
        Update update = update(updateId);
        tasks.visible(actor, update.taskId());
        Update.Attachment info = update.attachments().stream().filter(a -> a.id() == attachmentId).findFirst().orElseThrow();
        return Map.entry(info, updates.content(attachmentId));
    }

    private Cycle.Period period(Task task, String unit, String wanted, LocalDate today) {
        Cycle.Period current = task.cycle().periodOf(today);
        if (wanted != null && !wanted.isBlank()) {
            for (Cycle.Period p = current; !p.end().isBefore(task.startDate()); p = task.cycle().previous(p)) {
                if (p.key().equals(wanted.trim())) {
                    return p;
                }
            }
            throw new InvalidInputException("update", List.of(new Problem("period", "报告期 " + wanted + " 不在任务期内或尚未开始",
                    "period " + wanted + " is outside the task or in the future")));
        }
        Cycle.Period previous = task.cycle().previous(current);
        boolean previousOpen = !previous.end().isBefore(task.startDate()) && !updates.reported(task.id(), unit, previous.key());
        return previousOpen ? previous : current;
    }

    private static void check(Report r) {
        List<Problem> problems = new java.util.ArrayList<>();
        if (r.progress() == null || r.progress().isBlank()) {
            problems.add(new Problem("progress", "缺少进展情况", "the progress text is missing"));
        }
        if (r.percent() < 0 || r.percent() > 100) {
            problems.add(new Problem("percent", "完成百分比应在 0–100 之间", "percent complete is between 0 and 100"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("update", problems);
        }
    }

    private Update update(long id) {
        return updates.find(id).orElseThrow(() -> new InvalidInputException("update",
                List.of(new Problem("id " + id, "没有这份报告", "no such update"))));
    }

    /** Four eyes: no one approves or reviews a report they submitted themselves. */
    private static void requireSecondPerson(Actor actor, Update u, String zh, String en) {
        if (actor.username().equals(u.author())) {
            throw new NotPermittedException(actor, zh + "自己提交的报告（须由另一人" + zh + "）",
                    en + " a report they submitted themselves (another person must " + en + " it)");
        }
    }

    private static void requireStatus(Update u, String wanted, String zh, String en) {
        boolean ok = wanted.equals(u.status()) || "review".equals(en) && "submitted".equals(u.status());
        if (!ok) {
            throw new TaskStateException("报告 " + u.id() + " 处于“" + u.status() + "”状态，不能" + zh,
                    "update " + u.id() + " is " + u.status() + " and cannot be " + (en.endsWith("e") ? en + "d" : en + "ed"));
        }
    }

}
