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
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.LocalizedText;

/**
 * The unit league table: base points minus points per late report, returned report and overdue
 * task (the plan's rules); on-time completion rate and average days to close (counted from the day
 * the unit was given the task) alongside; and reporting completeness per unit and region.
 */
@Service
public class ScoreService {

    private final TaskRepository tasks;
    private final RulesStore rules;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Completeness completeness;
    private final RegionService regions;

    ScoreService(
            TaskRepository tasks,
            RulesStore rules,
            AccountService accounts,
            JdbcClient jdbc,
            Clock clock,
            Completeness completeness,
            RegionService regions) {
        this.completeness = completeness;
        this.regions = regions;
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

    /**
     * Reporting completeness (DHIS2's reporting rates) of every lead unit and every region with
     * one, for the progress reports of a plan's tasks (of every plan when {@code plan} is null)
     * due from {@code from} to {@code to} (both included; a window reaching past today counts
     * what fell due by today). Lists by code. The bulletin and the supervision page read this.
     */
    public ReportingRates reportingRates(String plan, LocalDate from, LocalDate to) {
        Map<String, Completeness.Counts> units =
                completeness.byUnit(plan, from, to, LocalDate.now(clock), clock.getZone());
        Map<String, OrgUnit> known = new HashMap<>();
        accounts.units().forEach(u -> known.put(u.code(), u));
        Map<String, Completeness.Counts> byRegion = Completeness.group(
                units, code -> known.containsKey(code) ? known.get(code).region() : null);
        List<ReportingRate> unitRates = units.entrySet().stream()
                .map(e -> rate(
                        e.getKey(),
                        known.containsKey(e.getKey())
                                ? known.get(e.getKey()).name()
                                : new LocalizedText(e.getKey(), e.getKey()),
                        e.getValue()))
                .sorted(Comparator.comparing(ReportingRate::code))
                .toList();
        List<ReportingRate> regionRates = byRegion.entrySet().stream()
                .map(e -> rate(
                        e.getKey(),
                        regions.find(e.getKey()).map(Region::name).orElse(new LocalizedText(e.getKey(), e.getKey())),
                        e.getValue()))
                .sorted(Comparator.comparing(ReportingRate::code))
                .toList();
        return new ReportingRates(from, to, unitRates, regionRates);
    }

    private static ReportingRate rate(String code, LocalizedText name, Completeness.Counts c) {
        return new ReportingRate(code, name, c.due(), c.submitted(), c.onTime());
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
                        .mapToLong(t -> ChronoUnit.DAYS.between(t.answerableFrom(), t.closedOn()))
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
