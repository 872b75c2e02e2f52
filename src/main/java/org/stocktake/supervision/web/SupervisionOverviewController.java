package org.stocktake.supervision.web;

import java.security.Principal;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Callers;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.supervision.ScoreService;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskFilter;
import org.stocktake.supervision.TaskService;

/** The coordinator's supervision list (records, extensions, red and yellow tasks) and the units' league table. */
@Controller
class SupervisionOverviewController {

    private final AccountService accounts;
    private final SupervisionService supervision;
    private final TaskService tasks;
    private final ScoreService scores;
    private final Callers callers;

    SupervisionOverviewController(
            AccountService accounts,
            SupervisionService supervision,
            TaskService tasks,
            ScoreService scores,
            Callers callers) {
        this.accounts = accounts;
        this.supervision = supervision;
        this.tasks = tasks;
        this.scores = scores;
        this.callers = callers;
    }

    @GetMapping("/supervision")
    String supervision(Principal p, Model model) {
        Actor actor = callers.of(p);
        model.addAttribute("records", supervision.records(actor, null));
        model.addAttribute("extensions", supervision.extensions(actor, null));
        model.addAttribute(
                "alerts",
                tasks.list(actor, TaskFilter.ALL).stream()
                        .filter(t -> t.light().code().equals("red")
                                || t.light().code().equals("yellow"))
                        .toList());
        return "supervision";
    }

    @GetMapping("/scores")
    String scores(Principal p, @RequestParam(required = false) String plan, Model model) {
        String code = plan != null
                ? plan
                : tasks.list(callers.of(p), TaskFilter.ALL).stream()
                        .map(Task::planCode)
                        .findFirst()
                        .orElse("");
        model.addAttribute("plan", code);
        model.addAttribute("scores", scores.scores(code));
        model.addAttribute(
                "units",
                accounts.units().stream()
                        .collect(Collectors.toMap(OrgUnit::code, u -> u.name().zh())));
        return "scores";
    }
}
