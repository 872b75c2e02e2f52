package org.stocktake.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.OrgUnit;

/**
 * The unit league table: base points minus points per late report, returned report and overdue
 * task (the plan's rules); on-time completion rate and average days to close alongside.
 */
@Service
public class ScoreService {

    private final TaskRepository tasks;
    private final RulesStore rules;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    ScoreService(TaskRepository tasks, RulesStore rules, AccountService accounts, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.rules = rules;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Scores of every unit that leads a task of the plan, best first. */
    public List<UnitScore> scores(String plan) {
        Rules r = rules.rules(plan);
        LocalDate today = LocalDate.now(clock);
        List<Task> planTasks = tasks.ofPlan(plan);
        Map<String, int[]> marks = marks(plan);
        List<UnitScore> scores = new ArrayList<>();
        for (OrgUnit unit : accounts.units()) {
            List<Task> led =
                    planTasks.stream().filter(t -> unit.code().equals(t.lead())).toList();
            if (led.isEmpty()) {
                continue;
            }
            scores.add(score(unit.code(), led, marks.getOrDefault(unit.code(), new int[2]), r, today));
        }
        scores.sort(Comparator.comparingInt(UnitScore::score).reversed().thenComparing(UnitScore::unit));
        return scores;
    }

    private UnitScore score(String unit, List<Task> led, int[] marks, Rules r, LocalDate today) {
        List<Task> due = led.stream()
                .filter(t -> t.deadline() != null && (t.status() == TaskStatus.CLOSED || today.isAfter(t.deadline())))
                .toList();
        List<Task> closed =
                led.stream().filter(t -> t.status() == TaskStatus.CLOSED).toList();
        int onTime = (int) due.stream()
                .filter(t -> t.closedOn() != null && !t.closedOn().isAfter(t.deadline()))
                .count();
        int overdue = due.size() - onTime;
        int late = marks[0];
        int returned = marks[1];
        Double average = closed.isEmpty()
                ? null
                : closed.stream()
                        .mapToLong(t -> ChronoUnit.DAYS.between(t.startDate(), t.closedOn()))
                        .average()
                        .orElse(0);
        int score = r.scoreBase()
                - late * r.lateReportPoints()
                - returned * r.returnedReportPoints()
                - overdue * r.overduePoints();
        return new UnitScore(
                unit,
                led.size(),
                onTime,
                due.isEmpty() ? null : (double) onTime / due.size(),
                late,
                returned,
                overdue,
                average,
                score);
    }

    /**
     * Late and returned reports of each unit on the tasks of the plan it leads, in one query:
     * unit code → {late, returned}.
     */
    private Map<String, int[]> marks(String plan) {
        Map<String, int[]> marks = new HashMap<>();
        jdbc.sql("""
                select u.unit_code, count(*) filter (where u.late), count(*) filter (where u.status = 'returned')
                from tasks_update u join tasks_task t on t.id = u.task_id and t.lead_unit = u.unit_code
                where t.plan_code = :p
                group by u.unit_code
                """).param("p", plan).query((RowCallbackHandler)
                rs -> marks.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)}));
        return marks;
    }
}
