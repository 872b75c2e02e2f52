package org.stocktake.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts, per lead unit, the progress reports that fell due in a window and those that came in
 * (by their due day, or later). A report falls due for each reporting period the unit answers for
 * (from its assignment), on the period's due day but never within the grace period, while the
 * task is in progress: not after a completion claim still pending, not after close-out.
 */
@Component
class Completeness {

    /** Reports due and received of one unit: {due, submitted, on time}. */
    record Counts(int due, int submitted, int onTime) {
        static Counts of(boolean submitted, boolean onTime) {
            return new Counts(1, submitted ? 1 : 0, onTime ? 1 : 0);
        }

        Counts plus(Counts other) {
            return new Counts(due + other.due, submitted + other.submitted, onTime + other.onTime);
        }
    }

    private final TaskRepository tasks;
    private final RulesStore rules;
    private final JdbcClient jdbc;

    Completeness(TaskRepository tasks, RulesStore rules, JdbcClient jdbc) {
        this.tasks = tasks;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** Unit code → counts, for reports of a plan's tasks (every plan's when null) due from {@code from} to {@code to} and no later than {@code today}. */
    Map<String, Counts> byUnit(String plan, LocalDate from, LocalDate to, LocalDate today, ZoneId zone) {
        Map<String, LocalDate> firstIn = firstReports(zone);
        Map<Long, LocalDate> claimed = pendingClaims(zone);
        Map<String, Rules> planRules = new HashMap<>();
        Map<String, Counts> counts = new HashMap<>();
        LocalDate last = to.isAfter(today) ? today : to;
        for (Task task : plan == null ? tasks.all() : tasks.ofPlan(plan)) {
            if (task.lead() == null || task.status() == TaskStatus.UNASSIGNED) {
                continue;
            }
            LocalDate stop = switch (task.status()) {
                case CLOSED -> task.closedOn();
                case CLAIMED -> claimed.getOrDefault(task.id(), last);
                default -> last;
            };
            if (stop == null || stop.isAfter(last)) {
                stop = last;
            }
            int grace = planRules.computeIfAbsent(task.planCode(), rules::rules).graceDays();
            Cycle.ReportingPeriod p = task.cycle().periodOf(stop);
            for (; LightRules.owed(task, p); p = task.cycle().previous(p)) {
                LocalDate due = LightRules.reportDue(task, p, grace);
                if (due.isAfter(stop) || due.isBefore(from)) {
                    continue;
                }
                LocalDate in = firstIn.get(task.id() + "|" + p.key());
                counts.merge(task.lead(), Counts.of(in != null, in != null && !in.isAfter(due)), Counts::plus);
            }
        }
        return counts;
    }

    /** The day the lead unit first reported each period of each task: "task id|period" → day. */
    private Map<String, LocalDate> firstReports(ZoneId zone) {
        Map<String, LocalDate> first = new HashMap<>();
        jdbc.sql("""
                select u.task_id, u.period, min(u.submitted_at)
                from tasks_update u join tasks_task t on t.id = u.task_id and t.lead_unit = u.unit_code
                group by u.task_id, u.period
                """).query((RowCallbackHandler) rs -> first.put(
                rs.getLong(1) + "|" + rs.getString(2),
                LocalDate.ofInstant(rs.getTimestamp(3).toInstant(), zone)));
        return first;
    }

    /** The day of each task's pending completion claim. */
    private Map<Long, LocalDate> pendingClaims(ZoneId zone) {
        Map<Long, LocalDate> claims = new HashMap<>();
        jdbc.sql("select task_id, max(claimed_at) from tasks_claim where status = 'pending' group by task_id")
                .query((RowCallbackHandler) rs -> claims.put(
                        rs.getLong(1), LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), zone)));
        return claims;
    }

    /** Sums unit counts into groups (a unit's region), by the group each unit belongs to. */
    static Map<String, Counts> group(Map<String, Counts> byUnit, Function<String, String> groupOf) {
        Map<String, Counts> groups = new HashMap<>();
        byUnit.forEach((unit, c) -> {
            String g = groupOf.apply(unit);
            if (g != null) {
                groups.merge(g, c, Counts::plus);
            }
        });
        return groups;
    }
}
