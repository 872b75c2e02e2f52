package org.stocktake.supervision.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Callers;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.platform.ParameterErrors;
import org.stocktake.supervision.Light;
import org.stocktake.supervision.LightService;
import org.stocktake.supervision.ScoreService;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskFilter;
import org.stocktake.supervision.TaskService;
import org.stocktake.supervision.TaskStatus;

/** The coordinator's supervision list (records, extensions, red and yellow tasks) and the units' league table. */
@Controller
class SupervisionOverviewController {

    private final AccountService accounts;
    private final SupervisionService supervision;
    private final TaskService tasks;
    private final ScoreService scores;
    private final Callers callers;
    private final LightService lights;
    private final Clock clock;

    SupervisionOverviewController(
            AccountService accounts,
            SupervisionService supervision,
            TaskService tasks,
            ScoreService scores,
            Callers callers,
            LightService lights,
            Clock clock) {
        this.lights = lights;
        this.clock = clock;
        this.accounts = accounts;
        this.supervision = supervision;
        this.tasks = tasks;
        this.scores = scores;
        this.callers = callers;
    }

    /**
     * The supervision list: the coordinator's queue (red and yellow tasks nobody leads yet: they
     * need a lead unit, not a 催办), the red and yellow tasks with their reasons, the records and
     * extensions, and reporting completeness per unit and region for the year so far.
     */
    @GetMapping("/supervision")
    String supervision(Principal p, @RequestParam(required = false) String plan, Locale locale, Model model) {
        Actor actor = callers.of(p);
        String wanted = ParameterErrors.blank(plan);
        List<Task> visible = tasks.list(actor, TaskFilter.ALL).stream()
                .filter(t -> wanted == null || t.planCode().equals(wanted))
                .toList();
        java.util.Set<Long> ids = visible.stream().map(Task::id).collect(Collectors.toSet());
        List<Task> warned = visible.stream()
                .filter(t -> t.light() == Light.RED || t.light() == Light.YELLOW)
                .sorted(Comparator.comparing((Task t) -> t.light() != Light.RED).thenComparing(Task::code))
                .toList();
        model.addAttribute(
                "queue",
                warned.stream().filter(t -> t.status() == TaskStatus.UNASSIGNED).toList());
        model.addAttribute(
                "alerts",
                warned.stream().filter(t -> t.status() != TaskStatus.UNASSIGNED).toList());
        model.addAttribute("reasons", lights.currentReasons());
        model.addAttribute("taskById", visible.stream().collect(Collectors.toMap(Task::id, t -> t)));
        model.addAttribute(
                "records",
                supervision.records(actor, null).stream()
                        .filter(r -> ids.contains(r.taskId()))
                        .toList());
        model.addAttribute(
                "extensions",
                supervision.extensions(actor, null).stream()
                        .filter(e -> ids.contains(e.taskId()))
                        .toList());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("rates", scores.reportingRates(wanted, today.withDayOfYear(1), today));
        model.addAttribute("units", unitNames(locale));
        return "supervision";
    }

    @GetMapping("/scores")
    String scores(Principal p, @RequestParam(required = false) String plan, Locale locale, Model model) {
        String code = plan != null
                ? plan
                : tasks.list(callers.of(p), TaskFilter.ALL).stream()
                        .map(Task::planCode)
                        .findFirst()
                        .orElse("");
        model.addAttribute("plan", code);
        model.addAttribute("scores", scores.scores(code));
        model.addAttribute("units", unitNames(locale));
        return "scores";
    }

    private Map<String, String> unitNames(Locale locale) {
        return accounts.units().stream()
                .collect(Collectors.toMap(OrgUnit::code, u -> u.name().in(locale)));
    }
}
