package org.stocktake.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.AuditEntry;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.platform.When;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of an assignment (units from the list of units, a deadline not before the start, a due
 * day of the month, milestones by quarter with a description) and its history in words, read back
 * from the audit trail for the task's timeline.
 */
@Component
class TaskAssignments {

    /** The audit action of an assignment; before and after are {@link Snapshot}s. */
    static final String ACTION = "assignment";

    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    /** What the audit trail keeps of an assignment: the task's plan (codes repeat across plans) and the assignment. */
    record Snapshot(String plan, Assignment assignment) {}

    private final AccountService accounts;
    private final AuditService audit;

    TaskAssignments(AccountService accounts, AuditService audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Refuses an assignment with every problem found, each naming its form field. */
    void check(Task task, Assignment a) {
        List<Problem> problems = new ArrayList<>();
        if (a.lead() != null && accounts.unit(a.lead()).isEmpty()) {
            problems.add(Problem.of("lead", "tasks.assign.lead-unknown", a.lead()));
        }
        a.coUnits().stream()
                .filter(u -> accounts.unit(u).isEmpty())
                .forEach(u -> problems.add(Problem.of("coUnits", "tasks.assign.co-unknown", u)));
        if (a.lead() != null && a.coUnits().contains(a.lead())) {
            problems.add(Problem.of("coUnits", "tasks.assign.co-is-lead"));
        }
        if (a.deadline() != null && a.deadline().isBefore(task.startDate())) {
            problems.add(Problem.of("deadline", "tasks.assign.deadline", day(task.startDate())));
        }
        if (a.cycle() == null) {
            problems.add(Problem.of("cycle", "web.required"));
        }
        int maxDay = a.cycle() == Cycle.WEEKLY ? 7 : 28;
        if (a.dueDay() < 1 || a.dueDay() > maxDay) {
            problems.add(Problem.of("dueDay", "tasks.assign.due-day", maxDay));
        }
        a.milestones().forEach((quarter, text) -> {
            if (Assignment.quarter(quarter).isEmpty()) {
                problems.add(Problem.of("milestones", "tasks.assign.quarter", quarter));
            } else if (text == null || text.isBlank()) {
                problems.add(Problem.of("milestones", "tasks.assign.milestone-text", quarter(quarter)));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(task.code(), problems);
        }
    }

    void record(org.stocktake.accounts.Actor actor, Task task, Assignment before, Assignment after) {
        audit.record(
                actor,
                "task",
                task.code(),
                ACTION,
                new Snapshot(task.planCode(), before),
                new Snapshot(task.planCode(), after));
    }

    /** The task's assignments, oldest first, each saying in words what it changed. */
    List<TimelineEntry> history(Task task) {
        Function<String, LocalizedText> names = names();
        List<TimelineEntry> entries = new ArrayList<>();
        for (AuditEntry e : audit.find("task", task.code(), null)) {
            if (!ACTION.equals(e.action()) || e.after() == null) {
                continue;
            }
            Snapshot after = JSON.readValue(e.after(), Snapshot.class);
            if (!task.planCode().equals(after.plan())) {
                continue;
            }
            Assignment before = e.before() == null
                    ? null
                    : JSON.readValue(e.before(), Snapshot.class).assignment();
            LocalizedText words = words(before, after.assignment(), names);
            entries.add(new TimelineEntry(e.at(), ACTION, e.actor(), words.zh(), List.of(), words));
        }
        return entries;
    }

    /** What changed from {@code before} to {@code after}, in both languages, parts joined by a semicolon. */
    static LocalizedText words(Assignment before, Assignment after, Function<String, LocalizedText> names) {
        List<LocalizedText> parts = new ArrayList<>();
        if (before == null || !Objects.equals(before.lead(), after.lead())) {
            parts.add(
                    after.lead() == null
                            ? LocalizedText.of("tasks.assign.said.unassigned")
                            : LocalizedText.of("tasks.assign.said.lead", names.apply(after.lead())));
        }
        if (before == null ? !after.coUnits().isEmpty() : !before.coUnits().equals(after.coUnits())) {
            parts.add(
                    after.coUnits().isEmpty()
                            ? LocalizedText.of("tasks.assign.said.no-co")
                            : LocalizedText.of("tasks.assign.said.co", list(after.coUnits(), names)));
        }
        if (before == null || !Objects.equals(before.deadline(), after.deadline())) {
            parts.add(
                    after.deadline() == null
                            ? LocalizedText.of("tasks.assign.said.ongoing")
                            : LocalizedText.of("tasks.assign.said.deadline", day(after.deadline())));
        }
        if (before == null || before.cycle() != after.cycle() || before.dueDay() != after.dueDay()) {
            parts.add(LocalizedText.of("tasks.assign.said.cycle", cycle(after.cycle()), after.dueDay()));
        }
        after.milestones().forEach((q, text) -> {
            if (before == null || !text.equals(before.milestones().get(q))) {
                parts.add(LocalizedText.of("tasks.assign.said.milestone", quarter(q), text));
            }
        });
        if (before != null) {
            before.milestones().keySet().stream()
                    .filter(q -> !after.milestones().containsKey(q))
                    .forEach(q -> parts.add(LocalizedText.of("tasks.assign.said.milestone-removed", quarter(q))));
        }
        if (parts.isEmpty()) {
            parts.add(LocalizedText.of("tasks.assign.said.unchanged"));
        }
        return join(parts, "tasks.assign.said.join");
    }

    /** Unit code to its name in both languages; a code no longer in the list is shown as it is. */
    Function<String, LocalizedText> names() {
        Map<String, LocalizedText> byCode = new java.util.HashMap<>();
        accounts.units().forEach(u -> byCode.put(u.code(), u.name()));
        return code -> byCode.getOrDefault(code, new LocalizedText(code, code));
    }

    /** The units a coordinator chooses from, by name. */
    List<OrgUnit> units() {
        return accounts.units();
    }

    static LocalizedText cycle(Cycle cycle) {
        return LocalizedText.of("tasks.cycle." + cycle.code());
    }

    static LocalizedText quarter(String key) {
        return Assignment.quarterName(key);
    }

    static LocalizedText day(LocalDate date) {
        return new LocalizedText(When.day(date, Messages.ZH), When.day(date, Messages.EN));
    }

    private static LocalizedText list(List<String> codes, Function<String, LocalizedText> names) {
        return join(codes.stream().map(names).toList(), "tasks.assign.said.and");
    }

    /** Texts joined, in each language, by the separator that language uses (a bundle key). */
    private static LocalizedText join(List<LocalizedText> texts, String separatorKey) {
        return new LocalizedText(
                String.join(
                        Messages.get(Messages.ZH, separatorKey),
                        texts.stream().map(LocalizedText::zh).toList()),
                String.join(
                        Messages.get(Messages.EN, separatorKey),
                        texts.stream().map(t -> t.in(Messages.EN)).toList()));
    }
}
