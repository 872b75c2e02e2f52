package org.stocktake.supervision.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Callers;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.notifications.InboxService;
import org.stocktake.platform.Forms;
import org.stocktake.platform.ParameterErrors;
import org.stocktake.shared.ConflictException;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.supervision.Light;
import org.stocktake.supervision.ProgressService;
import org.stocktake.supervision.Report;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskFilter;
import org.stocktake.supervision.TaskService;

/** Task board, task detail with its timeline and forms, and the liaison's "my unit" workspace. */
@Controller
class SupervisionPageController {

    private final TaskService tasks;
    private final ProgressService progress;
    private final SupervisionService supervision;
    private final InboxService inbox;
    private final AccountService accounts;
    private final Callers callers;
    private final java.time.Clock clock;

    SupervisionPageController(
            TaskService tasks,
            ProgressService progress,
            SupervisionService supervision,
            InboxService inbox,
            AccountService accounts,
            Callers callers,
            java.time.Clock clock) {
        this.clock = clock;
        this.tasks = tasks;
        this.progress = progress;
        this.supervision = supervision;
        this.inbox = inbox;
        this.accounts = accounts;
        this.callers = callers;
    }

    @GetMapping("/tasks")
    String board(
            Principal p,
            @RequestParam(required = false) String article,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String light,
            @RequestParam(required = false) String dueBy,
            Model model,
            Locale locale) {
        Light wanted = ParameterErrors.choice("light", light, Light.class);
        LocalDate due = ParameterErrors.date("dueBy", dueBy);
        TaskFilter filter =
                new TaskFilter(null, ParameterErrors.blank(article), ParameterErrors.blank(unit), wanted, due);
        Actor actor = callers.of(p);
        model.addAttribute("tasks", tasks.list(actor, filter));
        model.addAttribute("coordinator", tasks.mayAssign(actor));
        model.addAttribute("unitNames", unitNames(locale));
        model.addAttribute("filter", filter);
        model.addAttribute("units", unitNames());
        model.addAttribute("lights", Light.values());
        model.addAttribute("unitChoices", tasks.units());
        model.addAttribute("plans", tasks.plans());
        return "tasks";
    }

    @GetMapping("/tasks/{id}")
    String task(Principal p, @PathVariable long id, Model model, Locale locale) {
        Actor actor = callers.of(p);
        model.addAttribute("task", tasks.get(actor, id));
        model.addAttribute("timeline", supervision.timeline(actor, id));
        model.addAttribute("updates", progress.updates(actor, id));
        model.addAttribute("records", supervision.records(actor, id));
        model.addAttribute("units", unitNames());
        model.addAttribute("actor", actor);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("extensions", supervision.extensions(actor, id));
        model.addAttribute("rungs", org.stocktake.supervision.Rung.values());
        assignmentChoices(model, (Task) model.getAttribute("task"));
        model.addAttribute("coordinator", tasks.mayAssign(actor));
        model.addAttribute("unitNames", unitNames(locale));
        return "task";
    }

    /** What was typed in the report form, kept when the report is refused. */
    record ReportDraft(
            String progressText, String problems, String nextSteps, int percent, String period, Long revises) {}

    /**
     * Files a report with its files, all or nothing. Refused, it goes back to the task page with the
     * reasons in words (the file and why) and the form as it was typed.
     */
    @PostMapping("/tasks/{id}/updates")
    String submit(
            Principal p,
            @PathVariable long id,
            @RequestParam String progressText,
            @RequestParam(required = false) String problems,
            @RequestParam(required = false) String nextSteps,
            @RequestParam(defaultValue = "0") int percent,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Long revises,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            RedirectAttributes redirect,
            Locale locale) {
        Actor actor = callers.of(p);
        List<ProgressService.Upload> uploads = files == null
                ? List.of()
                : files.stream()
                        .filter(f -> !f.isEmpty()
                                || (f.getOriginalFilename() != null
                                        && !f.getOriginalFilename().isBlank()))
                        .map(f -> new ProgressService.Upload(f.getOriginalFilename(), f))
                        .toList();
        try {
            progress.submit(
                    actor,
                    id,
                    new Report(ParameterErrors.blank(period), progressText, problems, nextSteps, percent),
                    revises,
                    uploads);
            redirect.addFlashAttribute("notice", "saved");
        } catch (InvalidInputException e) {
            boolean en = "en".equals(locale.getLanguage());
            refused(
                    redirect,
                    e.problems().stream().map(x -> en ? x.en() : x.zh()).toList());
            redirect.addFlashAttribute(
                    "draft", new ReportDraft(progressText, problems, nextSteps, percent, period, revises));
        } catch (ConflictException e) {
            refused(redirect, List.of(e.message(locale)));
            redirect.addFlashAttribute(
                    "draft", new ReportDraft(progressText, problems, nextSteps, percent, period, revises));
        }
        return "redirect:/tasks/" + id;
    }

    private static void refused(RedirectAttributes redirect, List<String> why) {
        redirect.addFlashAttribute("error", String.join(" ", why));
        redirect.addFlashAttribute("reportProblems", why);
    }

    @PostMapping("/tasks/{id}/edit")
    String edit(
            Principal p,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String title,
            @RequestParam(required = false) String deliverable,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, () -> {
            Actor actor = callers.of(p);
            Task t = tasks.get(actor, id);
            tasks.edit(
                    actor,
                    id,
                    version,
                    new TaskDraft(
                            t.planCode(),
                            t.code(),
                            null,
                            t.article(),
                            title,
                            t.lead(),
                            t.coUnits(),
                            t.startDate(),
                            t.deadline(),
                            t.cycle(),
                            t.dueDay(),
                            ParameterErrors.blank(deliverable),
                            t.milestones(),
                            t.targets(),
                            t.indicators()));
        });
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(
            Principal p,
            @PathVariable long id,
            @RequestParam String evidence,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, () -> supervision.claim(callers.of(p), id, evidence));
    }

    @PostMapping("/tasks/{id}/claim/review")
    String reviewClaim(
            Principal p,
            @PathVariable long id,
            @RequestParam boolean accept,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, () -> supervision.reviewClaim(callers.of(p), id, accept, reason));
    }

    @GetMapping("/my-unit")
    String myUnit(Principal p, Model model) {
        Actor actor = callers.of(p);
        List<Task> mine = actor.unit() == null
                ? List.of()
                : tasks.list(actor, new TaskFilter(null, null, actor.unit(), null, null));
        model.addAttribute(
                "unit",
                actor.unit() == null ? null : accounts.unit(actor.unit()).orElse(null));
        model.addAttribute("tasks", mine);
        model.addAttribute(
                "due",
                DueThisWeek.of(
                        actor.unit() == null ? "" : actor.unit(),
                        mine,
                        mine.stream().map(t -> progress.updates(actor, t.id())).toList(),
                        actor.unit() == null ? List.of() : supervision.records(actor, null),
                        LocalDate.now(clock)));
        model.addAttribute("messages", inbox.inbox(actor));
        model.addAttribute("units", unitNames());
        return "my-unit";
    }

    /** What the assignment form chooses from: units, cycles, and quarters from the task's start to its end. */
    private void assignmentChoices(Model model, Task task) {
        model.addAttribute("unitChoices", tasks.units());
        model.addAttribute("cycles", org.stocktake.supervision.Cycle.values());
        int first = task.startDate().getYear();
        int last = Math.max(
                first + 4, task.deadline() == null ? first : task.deadline().getYear());
        java.util.Set<String> quarters =
                new java.util.TreeSet<>(org.stocktake.supervision.Assignment.quarters(first, last));
        quarters.addAll(task.milestones().keySet());
        java.util.Map<String, org.stocktake.shared.LocalizedText> named = new java.util.LinkedHashMap<>();
        quarters.forEach(q -> named.put(q, org.stocktake.supervision.Assignment.quarterName(q)));
        model.addAttribute("quarters", named);
        model.addAttribute("milestones", new java.util.TreeMap<>(task.milestones()));
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, Runnable action) {
        return Forms.act("/tasks/" + id, redirect, locale, action);
    }

    /** Unit code to its name in the page's language. */
    private Map<String, String> unitNames(Locale locale) {
        return accounts.units().stream()
                .collect(Collectors.toMap(OrgUnit::code, u -> u.name().in(locale)));
    }

    private Map<String, String> unitNames() {
        return accounts.units().stream()
                .collect(Collectors.toMap(OrgUnit::code, u -> u.name().zh()));
    }
}
