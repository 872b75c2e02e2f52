package org.stocktake.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.Role;
import org.stocktake.platform.When;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;
import org.stocktake.supervision.Permissions.Operation;

/**
 * Escalation and close-out: supervision records (提醒, 催办, 督办函, 约谈, 通报) and their responses;
 * extension requests filed before the deadline and decided with a reason; completion claims that
 * the coordinator closes out (销号) or returns.
 */
@Service
public class SupervisionService {

    /** The rungs a unit answers in writing: a task with one of them unanswered is not closed out. */
    private static final Set<Rung> ANSWER_BEFORE_CLOSE = Set.of(Rung.URGE, Rung.LETTER);

    private final TaskService tasks;
    private final TaskRepository taskRows;
    private final SupervisionRepository repository;
    private final ProgressService progress;
    private final LightService lights;
    private final Notifier notifier;
    private final AuditService audit;
    private final Clock clock;

    SupervisionService(
            TaskService tasks,
            TaskRepository taskRows,
            SupervisionRepository repository,
            ProgressService progress,
            LightService lights,
            Notifier notifier,
            AuditService audit,
            Clock clock) {
        this.tasks = tasks;
        this.taskRows = taskRows;
        this.repository = repository;
        this.progress = progress;
        this.lights = lights;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a record to a unit (the lead unit when none is named). */
    @Transactional
    public SupervisionRecord issue(
            Actor actor, long taskId, Rung rung, String toUnit, String note, LocalDate responseDue) {
        Task task = tasks.visible(actor, taskId);
        Permissions.require(actor, Operation.ISSUE_RECORD, task);
        String to = toUnit != null ? toUnit : task.lead();
        if (to == null || !task.involves(to)) {
            throw invalid("record", "to_unit", "tasks.record.to-unit");
        }
        long id = repository.insertRecord(taskId, rung, actor.username(), clock.instant(), to, note, responseDue);
        SupervisionRecord record = repository.record(id).orElseThrow();
        audit.record(actor, "record", id, "issue", null, record);
        notifier.toUnit(
                to,
                task,
                new LocalizedText(
                        rung.zh() + " " + task.code(),
                        LocalizedText.of("rung." + rung.code()).en() + " " + task.code()),
                Notifier.withDay(note, "tasks.notice.respond-by", " ", responseDue),
                "record:" + id);
        return record;
    }

    @Transactional
    public SupervisionRecord respond(Actor actor, long recordId, String response) {
        SupervisionRecord before =
                repository.record(recordId).orElseThrow(() -> invalid("record", "id", "tasks.record.none"));
        Task task = tasks.visible(actor, before.taskId());
        Permissions.require(actor, Operation.RESPOND_RECORD, task, before.toUnit());
        if (response == null || response.isBlank()) {
            throw invalid("record " + recordId, "response", "tasks.record.response");
        }
        repository.respond(recordId, response, actor.username(), clock.instant());
        SupervisionRecord after = repository.record(recordId).orElseThrow();
        audit.record(actor, "record", recordId, "respond", before, after);
        notifier.toUser(
                before.issuedBy(),
                task,
                Messages.text("tasks.notice.response", task.code()),
                response,
                "response:" + recordId);
        return after;
    }

    /**
     * Requests a later deadline. It must be filed before the deadline, or before the response
     * deadline of a supervision record issued on the task (the unit answers a 督办函 by asking for time).
     */
    @Transactional
    public Extension requestExtension(Actor actor, long taskId, LocalDate newDeadline, String reason) {
        Task task = tasks.visible(actor, taskId);
        Permissions.require(actor, Operation.REQUEST_EXTENSION, task);
        LocalDate today = LocalDate.now(clock);
        boolean beforeDeadline = task.deadline() == null || !today.isAfter(task.deadline());
        boolean withinRecord = repository.records(taskId).stream()
                .anyMatch(r -> r.responseDue() != null && !today.isAfter(r.responseDue()));
        if (!beforeDeadline && !withinRecord) {
            throw new TaskStateException("tasks.extension.late", task.code(), task.deadline());
        }
        if (newDeadline == null
                || !newDeadline.isAfter(task.deadline() == null ? today : task.deadline())
                || reason == null
                || reason.isBlank()) {
            throw invalid("extension", "new_deadline", "tasks.extension.deadline");
        }
        if (repository.extensions(taskId).stream().anyMatch(e -> e.status() == ExtensionStatus.PENDING)) {
            throw new TaskStateException("tasks.extension.pending", task.code());
        }
        task.extend(newDeadline);
        long id = repository.insertExtension(
                taskId, actor.username(), clock.instant(), task.deadline(), newDeadline, reason);
        Extension extension = repository.extension(id).orElseThrow();
        audit.record(actor, "extension", id, "request", null, extension);
        notifier.toRole(
                Role.COORDINATOR,
                task,
                Messages.text("tasks.notice.extension", task.code()),
                newDeadline + ": " + reason,
                "extension:" + id);
        return extension;
    }

    @Transactional
    public Extension decideExtension(Actor actor, long extensionId, boolean approve, String reason) {
        Extension before =
                repository.extension(extensionId).orElseThrow(() -> invalid("extension", "id", "tasks.extension.none"));
        Task task = tasks.visible(actor, before.taskId());
        Permissions.require(actor, Operation.DECIDE_EXTENSION, task);
        if (before.status() != ExtensionStatus.PENDING) {
            throw new TaskStateException("tasks.extension.decided", extensionId, before.status());
        }
        if (reason == null || reason.isBlank()) {
            throw invalid("extension " + extensionId, "reason", "tasks.extension.reason");
        }
        if (approve) {
            tasks.save(task.extend(before.newDeadline()), task.version());
            taskRows.rebase(task.id(), LocalDate.now(clock), task.percent());
        }
        repository.decideExtension(
                extensionId,
                approve ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED,
                actor.username(),
                clock.instant(),
                reason);
        Extension after = repository.extension(extensionId).orElseThrow();
        audit.record(actor, "extension", extensionId, approve ? "approve" : "refuse", before, after);
        audit.record(
                actor,
                "task",
                task.code(),
                "deadline",
                task.deadline(),
                approve ? before.newDeadline() : task.deadline());
        notifier.toUnit(
                task.lead(),
                task,
                Messages.text(
                        approve ? "tasks.notice.extension.approved" : "tasks.notice.extension.refused",
                        task.code(),
                        after.status()),
                reason,
                "extension-decided:" + extensionId);
        lights.evaluate(task.id());
        return after;
    }

    /** The lead unit claims completion with evidence. */
    @Transactional
    public Claim claim(Actor actor, long taskId, String evidence) {
        Task task = tasks.visible(actor, taskId);
        Permissions.require(actor, Operation.CLAIM_COMPLETION, task);
        if (evidence == null || evidence.isBlank()) {
            throw invalid("claim", "evidence", "tasks.claim.evidence");
        }
        tasks.save(task.claim(), task.version());
        long id = repository.insertClaim(taskId, actor.username(), clock.instant(), evidence);
        Claim claim =
                claims(taskId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        audit.record(actor, "task", task.code(), "claim", task.status().code(), TaskStatus.CLAIMED.code());
        notifier.toRole(
                Role.COORDINATOR, task, Messages.text("tasks.notice.claim", task.code()), evidence, "claim:" + id);
        lights.evaluate(taskId);
        return claim;
    }

    /**
     * The coordinator closes the task out (销号) or returns the claim with a reason. A task with an
     * unanswered 催办 or 督办函 is not closed out: the unit answers first.
     */
    @Transactional
    public Task reviewClaim(Actor actor, long taskId, boolean accept, String reason) {
        Task task = tasks.visible(actor, taskId);
        Permissions.require(actor, Operation.REVIEW_COMPLETION, task);
        Claim pending = claims(taskId).stream()
                .filter(c -> c.status() == ClaimStatus.PENDING)
                .findFirst()
                .orElseThrow(() -> new TaskStateException(
                        "tasks.claim.none",
                        task.code(),
                        task.status().zh(),
                        task.status().code()));
        if (!accept && (reason == null || reason.isBlank())) {
            throw invalid("claim", "reason", "tasks.update.reason");
        }
        long unanswered = repository.records(taskId).stream()
                .filter(r -> r.response() == null && ANSWER_BEFORE_CLOSE.contains(r.rung()))
                .count();
        if (accept && unanswered > 0) {
            throw new TaskStateException("tasks.claim.unanswered", task.code(), unanswered);
        }
        Task changed = accept ? task.close(LocalDate.now(clock)) : task.returnClaim();
        tasks.save(changed, task.version());
        repository.reviewClaim(
                pending.id(),
                accept ? ClaimStatus.ACCEPTED : ClaimStatus.RETURNED,
                actor.username(),
                clock.instant(),
                reason);
        audit.record(
                actor,
                "task",
                task.code(),
                accept ? "close" : "return-claim",
                task.status().code(),
                Map.of("status", changed.status().code(), "reason", reason == null ? "" : reason));
        notifier.toUnit(
                task.lead(),
                task,
                Messages.text(accept ? "tasks.notice.closed" : "tasks.notice.claim-returned", task.code()),
                reason == null ? "" : reason,
                "claim-reviewed:" + pending.id());
        lights.evaluate(taskId);
        return tasks.get(actor, taskId);
    }

    public List<SupervisionRecord> records(Actor actor, Long taskId) {
        Set<Long> visible = visibleTasks(actor, taskId);
        return repository.records(taskId).stream()
                .filter(r -> visible.contains(r.taskId()))
                .toList();
    }

    public List<Extension> extensions(Actor actor, Long taskId) {
        Set<Long> visible = visibleTasks(actor, taskId);
        return repository.extensions(taskId).stream()
                .filter(e -> visible.contains(e.taskId()))
                .toList();
    }

    public List<Claim> claims(long taskId) {
        return repository.claims(taskId);
    }

    /** A timeline entry's words in Chinese and in English. */
    private static LocalizedText inBoth(Function<java.util.Locale, String> words) {
        return new LocalizedText(words.apply(Messages.ZH), words.apply(Messages.EN));
    }

    /** Everything that happened to a task, oldest first. */
    public List<TimelineEntry> timeline(Actor actor, long taskId) {
        tasks.visible(actor, taskId);
        List<TimelineEntry> entries = new ArrayList<>();
        Function<String, LocalizedText> units = tasks.unitNames();
        progress.updates(actor, taskId).forEach(u -> {
            String text = u.period() + " · " + u.percent() + "% · " + u.status() + " · " + u.progress();
            LocalizedText words = inBoth(l -> Messages.get(
                    l,
                    "timeline.said.update",
                    Cycle.label(u.period(), l),
                    Integer.toString(u.percent()),
                    Messages.get(l, "update.status." + u.status().code())
                            + (u.late() ? " · " + Messages.get(l, "update.late") : ""),
                    u.progress()));
            entries.add(new TimelineEntry(u.submittedAt(), "update", u.author(), text, List.of(), words));
        });
        lights.history(taskId).forEach(l -> {
            List<String> codes = new ArrayList<>(List.of("light." + l.light().code()));
            l.reasons().forEach(r -> codes.add("reason." + r));
            entries.add(new TimelineEntry(
                    l.at(),
                    "light",
                    "system",
                    l.light().code() + (l.reasons().isEmpty() ? "" : " · " + String.join(", ", l.reasons())),
                    codes));
        });
        repository.records(taskId).forEach(r -> {
            String text = r.rung().zh() + " → " + r.toUnit() + (r.response() == null ? "" : " · " + r.response());
            LocalizedText words = inBoth(l -> Messages.get(
                            l,
                            "timeline.said.record",
                            Messages.get(l, "rung." + r.rung().code()),
                            r.toUnit() == null
                                    ? Messages.get(l, "lights.unit.unknown")
                                    : units.apply(r.toUnit()).in(l))
                    + (r.response() == null ? "" : " · " + r.response()));
            entries.add(new TimelineEntry(r.issuedAt(), "record", r.issuedBy(), text, List.of(), words));
        });
        repository.extensions(taskId).forEach(e -> {
            String text = e.oldDeadline() + " → " + e.newDeadline() + " · " + e.status();
            LocalizedText words = inBoth(l -> Messages.get(
                    l,
                    "timeline.said.extension",
                    e.oldDeadline() == null ? Messages.get(l, "tasks.ongoing") : When.day(e.oldDeadline(), l),
                    When.day(e.newDeadline(), l),
                    Messages.get(l, "extension." + e.status().code())));
            entries.add(new TimelineEntry(e.requestedAt(), "extension", e.requestedBy(), text, List.of(), words));
        });
        claims(taskId).forEach(c -> {
            String text = c.evidence() + " · " + c.status() + (c.reason() == null ? "" : " · " + c.reason());
            LocalizedText words = inBoth(l -> c.evidence()
                    + " · "
                    + Messages.get(l, "timeline.claim." + c.status().code())
                    + (c.reason() == null ? "" : " · " + c.reason()));
            entries.add(new TimelineEntry(c.claimedAt(), "claim", c.claimedBy(), text, List.of(), words));
        });
        entries.addAll(tasks.assignmentHistory(taskId));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** The ids of the tasks the actor may see (of one task, or of all): one read, not one per record. */
    private Set<Long> visibleTasks(Actor actor, Long taskId) {
        List<Task> candidates = taskId == null
                ? tasks.list(actor, TaskFilter.ALL)
                : tasks.findById(taskId).filter(t -> Permissions.allowed(actor, Operation.READ_TASK, t, null)).stream()
                        .toList();
        return candidates.stream().map(Task::id).collect(Collectors.toSet());
    }

    private static InvalidInputException invalid(String source, String field, String key, Object... args) {
        return new InvalidInputException(source, List.of(Problem.of(field, key, args)));
    }
}
