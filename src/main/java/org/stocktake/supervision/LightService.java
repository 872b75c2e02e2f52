package org.stocktake.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.Role;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Period;

/**
 * Evaluates warning lights on every change and daily, keeps each task's light history, tells the
 * lead unit and the coordinators when a light changes, and takes in target verdicts. A light that
 * turns is announced ({@link TaskLightChanged}) in the transaction that turned it.
 */
@Service
public class LightService {

    /** The daily light evaluation and its escalations act as this named system actor. */
    private static final Actor RULES = Actor.system(SupervisionRecord.RULES);

    private final TaskRepository tasks;
    private final SupervisionRepository records;
    private final RulesStore rules;
    private final JdbcClient jdbc;
    private final Notifier notifier;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LightService(
            TaskRepository tasks,
            SupervisionRepository records,
            RulesStore rules,
            JdbcClient jdbc,
            Notifier notifier,
            AuditService audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.tasks = tasks;
        this.records = records;
        this.rules = rules;
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** Re-evaluates one task as of today; returns its light. */
    @Transactional
    public Light evaluate(long taskId) {
        Task task = tasks.find(taskId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Rules planRules = rules.rules(task.planCode());
        LightRules.Result result = LightRules.evaluate(planRules, facts(task, planRules, today), today);
        List<LightChange> history = history(taskId);
        if (result.light() != task.light() || history.isEmpty()) {
            change(task, result, today);
        } else if (!history.get(history.size() - 1).reasons().equals(result.reasons())) {
            remember(task, result, today);
        }
        return result.light();
    }

    /** Re-evaluates every task (the daily run); returns how many lights changed. */
    @Transactional
    public int evaluateAll() {
        int changed = 0;
        for (Task task : tasks.all()) {
            if (evaluate(task.id()) != task.light()) {
                changed++;
            }
        }
        return changed;
    }

    public List<LightChange> history(long taskId) {
        return jdbc.sql("select * from tasks_light where task_id = :id order by id")
                .param("id", taskId)
                .query((rs, n) -> new LightChange(
                        Light.of(rs.getString("light")),
                        rs.getString("reasons").isEmpty()
                                ? List.of()
                                : Arrays.asList(rs.getString("reasons").split(",")),
                        rs.getDate("evaluated_on").toLocalDate(),
                        rs.getTimestamp("evaluated_at").toInstant()))
                .list();
    }

    /** Records an assessed verdict of a target (on_track, behind, off_track); the linked tasks follow. */
    @Transactional
    public void targetVerdict(String plan, String target, TargetProgress verdict) {
        jdbc.sql("""
                insert into tasks_target_verdict (plan_code, target_code, verdict, at) values (:p, :t, :v, :at)
                on conflict (plan_code, target_code) do update set verdict = excluded.verdict, at = excluded.at
                """)
                .param("p", plan)
                .param("t", target)
                .param("v", verdict.code())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        tasks.ofPlan(plan).stream().filter(t -> t.targets().contains(target)).forEach(t -> evaluate(t.id()));
    }

    /** The reasons of a task's light as last evaluated (message codes, {@code reason.*}). */
    public List<String> reasons(long taskId) {
        List<LightChange> history = history(taskId);
        return history.isEmpty() ? List.of() : history.get(history.size() - 1).reasons();
    }

    /** The current reasons of each task's light (its last evaluation), by task id: one read for a list. */
    public Map<Long, List<String>> currentReasons() {
        Map<Long, List<String>> reasons = new java.util.HashMap<>();
        jdbc.sql("select distinct on (task_id) task_id, reasons from tasks_light order by task_id, id desc")
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> reasons.put(
                        rs.getLong(1),
                        rs.getString(2).isEmpty()
                                ? List.of()
                                : Arrays.asList(rs.getString(2).split(","))));
        return reasons;
    }

    /** The reasons of a task's light as they read in both languages ({@code 中文 / English}), for messages. */
    static String inWords(List<String> reasons) {
        return reasons.stream()
                .map(r -> Messages.both("reason." + r))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * A note {@link #inWords(List)} wrote (each reason {@code 中文 / English}, joined by {@code "; "})
     * in one language, for a page: the English side on an English page, the Chinese otherwise.
     */
    static String inLanguage(String note, java.util.Locale locale) {
        if (note == null) {
            return null;
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return java.util.Arrays.stream(note.split("; ", -1))
                .map(part -> {
                    int slash = part.indexOf(" / ");
                    if (slash < 0) {
                        return part;
                    }
                    return english ? part.substring(slash + 3) : part.substring(0, slash);
                })
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The reasons in one language: for a notice, which each reader sees in theirs. */
    private static String inWords(List<String> reasons, java.util.Locale locale) {
        return reasons.stream()
                .map(r -> Messages.get(locale, "reason." + r))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private void change(Task task, LightRules.Result result, LocalDate today) {
        tasks.setLight(task.id(), result.light());
        remember(task, result, today);
        audit.record(
                RULES,
                "task",
                task.code(),
                "light",
                task.light().code(),
                Map.of("light", result.light().code(), "reasons", result.reasons()));
        if (result.light() != task.light()) {
            events.publishEvent(new TaskLightChanged(
                    task.id(), task.planCode(), task.code(), task.targets(), task.light(), result.light()));
        }
        boolean warning = result.light() == Light.YELLOW || result.light() == Light.RED;
        boolean unitsMove = task.lead() != null && task.status() == TaskStatus.IN_PROGRESS;
        if (warning && unitsMove) {
            escalate(task, result, today);
        }
        if (warning) {
            LocalizedText subject = Messages.text(
                    "tasks.notice.light",
                    task.code(),
                    Messages.zh("light." + result.light().code()),
                    Messages.get(Messages.EN, "light." + result.light().code()));
            LocalizedText body = new LocalizedText(
                    task.title() + "\n" + inWords(result.reasons(), Messages.ZH),
                    task.title() + "\n" + inWords(result.reasons(), Messages.EN));
            String key = "light:" + task.id() + ":" + result.light().code() + ":" + today;
            if (unitsMove) {
                notifier.toUnit(task.lead(), task, subject, body, key);
            }
            notifier.toRole(Role.COORDINATOR, task, subject, body, key);
        }
    }

    /** Keeps the light and its reasons in the task's history. */
    private void remember(Task task, LightRules.Result result, LocalDate today) {
        jdbc.sql("""
                insert into tasks_light (task_id, light, reasons, evaluated_on, evaluated_at)
                values (:id, :l, :r, :on, :at)
                """)
                .param("id", task.id())
                .param("l", result.light().code())
                .param("r", String.join(",", result.reasons()))
                .param("on", Date.valueOf(today))
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * A light maps to the next rung of the ladder: yellow records a 提醒, red a 催办, issued by the
     * system to the lead unit with a response due within the plan's near-days. Higher rungs
     * (督办函, 约谈, 通报) are the coordinator's decision.
     */
    private void escalate(Task task, LightRules.Result result, LocalDate today) {
        Rung rung = result.light() == Light.RED ? Rung.URGE : Rung.REMINDER;
        LocalDate due = today.plusDays(Math.max(1, rules.rules(task.planCode()).nearDays()));
        long id = records.insertRecord(
                task.id(), rung, RULES.username(), clock.instant(), task.lead(), inWords(result.reasons()), due);
        audit.record(RULES, "record", id, "issue", null, records.record(id).orElseThrow());
    }

    private LightRules.Facts facts(Task task, Rules rules, LocalDate today) {
        boolean late = false;
        if (task.lead() != null && task.status() == TaskStatus.IN_PROGRESS) {
            late = LightRules.lastDue(task, today, rules.graceDays())
                    .map(p -> !reported(task.id(), task.lead(), p.key()))
                    .orElse(false);
        }
        LocalDate periodStart = task.cycle().periodOf(today).start();
        Light previous = jdbc.sql(
                        "select light from tasks_light where task_id = :id and evaluated_on < :d order by id desc limit 1")
                .param("id", task.id())
                .param("d", Date.valueOf(periodStart))
                .query(String.class)
                .optional()
                .map(Light::of)
                .orElse(null);
        List<LocalDate> milestones = task.milestones().keySet().stream()
                .map(LightService::quarterEnd)
                .filter(java.util.Objects::nonNull)
                .toList();
        Schedule schedule = task.schedule();
        return new LightRules.Facts(
                task.status(),
                schedule.lineFrom(task.startDate()),
                schedule.basePercent(task.startDate()),
                schedule.assignedOn() == null ? null : task.answerableFrom().plusDays(rules.graceDays()),
                task.deadline(),
                task.percent(),
                milestones,
                late,
                previous,
                worstVerdict(task));
    }

    private boolean reported(long taskId, String unit, String period) {
        return jdbc.sql("select count(*) from tasks_update where task_id = :id and unit_code = :u and period = :p")
                        .param("id", taskId)
                        .param("u", unit)
                        .param("p", period)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private TargetProgress worstVerdict(Task task) {
        if (task.targets().isEmpty()) {
            return null;
        }
        return jdbc
                .sql("select verdict from tasks_target_verdict where plan_code = :p and target_code in (:t)")
                .param("p", task.planCode())
                .param("t", task.targets())
                .query(String.class)
                .list()
                .stream()
                .map(code -> TargetProgress.of(code).orElseThrow())
                .max(java.util.Comparator.naturalOrder())
                .orElse(null);
    }

    /** The last day of a milestone's quarter ({@code 2026Q2} → 30 June 2026); null when the key is not a quarter. */
    static LocalDate quarterEnd(String quarter) {
        return Period.parseExact(quarter)
                .filter(p -> p.kind() == Period.Kind.QUARTER)
                .map(Period::end)
                .orElse(null);
    }
}
