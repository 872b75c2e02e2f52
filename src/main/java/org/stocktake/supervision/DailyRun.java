package org.stocktake.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.shared.Messages;

/**
 * The daily run (01:00 by default, {@code stocktake.supervision.daily-cron}): re-evaluates every
 * light, then reminds lead units of reports and deadlines due within the plan's reminder days.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailyRun {

    private static final Logger log = LoggerFactory.getLogger(DailyRun.class);

    private final LightService lights;
    private final TaskRepository tasks;
    private final UpdateRepository updates;
    private final RulesStore rules;
    private final Notifier notifier;
    private final Clock clock;

    DailyRun(
            LightService lights,
            TaskRepository tasks,
            UpdateRepository updates,
            RulesStore rules,
            Notifier notifier,
            Clock clock) {
        this.lights = lights;
        this.tasks = tasks;
        this.updates = updates;
        this.rules = rules;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(cron = "${stocktake.supervision.daily-cron:0 0 1 * * *}")
    @Transactional
    public void run() {
        int changed = lights.evaluateAll();
        int reminders = remind();
        log.info("每日督办评估 / daily supervision run: {} light(s) changed, {} reminder(s) sent", changed, reminders);
    }

    /** Sends reminders before due days; each reminder goes out once. Returns how many tasks were reminded. */
    int remind() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Task task : tasks.all()) {
            if (task.status() != TaskStatus.IN_PROGRESS || task.lead() == null) {
                continue;
            }
            Rules planRules = rules.rules(task.planCode());
            int days = planRules.reminderDays();
            Cycle.ReportingPeriod period = task.cycle().periodOf(today);
            Cycle.ReportingPeriod due = task.cycle().previous(period);
            LocalDate dueDate = LightRules.reportDue(task, due, planRules.graceDays());
            if (dueDate.isBefore(today)) {
                due = period;
                dueDate = LightRules.reportDue(task, period, planRules.graceDays());
            }
            if (within(today, dueDate, days)
                    && LightRules.owed(task, due)
                    && !updates.reported(task.id(), task.lead(), due.key())) {
                notifier.toUnit(
                        task.lead(),
                        task,
                        Messages.text("tasks.notice.report-due", task.code(), due.key()),
                        Messages.text("tasks.notice.report-due.body", dueDate, due.key()),
                        "remind-report:" + task.id() + ":" + due.key());
                sent++;
            }
            if (task.deadline() != null && within(today, task.deadline(), days)) {
                notifier.toUnit(
                        task.lead(),
                        task,
                        Messages.text("tasks.notice.deadline-near", task.code()),
                        Notifier.withDay(null, "tasks.notice.deadline", " ", task.deadline()),
                        "remind-deadline:" + task.id() + ":" + task.deadline());
                sent++;
            }
        }
        return sent;
    }

    private static boolean within(LocalDate today, LocalDate date, int days) {
        return !date.isBefore(today) && ChronoUnit.DAYS.between(today, date) <= days;
    }
}
