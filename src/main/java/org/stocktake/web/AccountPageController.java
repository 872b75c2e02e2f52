package org.stocktake.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.tasks.InboxService;
import org.stocktake.tasks.ScoreService;
import org.stocktake.tasks.SupervisionService;
import org.stocktake.tasks.TaskFilter;
import org.stocktake.tasks.TaskService;

/** Login, password change, inbox, the coordinator's supervision list, the league table and the audit log. */
@Controller
class AccountPageController {

    private final AccountService accounts;
    private final AuditService audit;
    private final InboxService inbox;
    private final SupervisionService supervision;
    private final TaskService tasks;
    private final ScoreService scores;
    private final Callers callers;

    AccountPageController(AccountService accounts, AuditService audit, InboxService inbox, SupervisionService supervision,
            TaskService tasks, ScoreService scores, Callers callers) {
        this.accounts = accounts;
        this.audit = audit;
        this.inbox = inbox;
        this.supervision = supervision;
        this.tasks = tasks;
        this.scores = scores;
        this.callers = callers;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "password";
    }

    @PostMapping("/account/password")
    String changePassword(Principal p, @RequestParam String oldPassword, @RequestParam String newPassword, Model model,
            Locale locale) {
        try {
            accounts.changePassword(p.getName(), oldPassword, newPassword);
            return "redirect:/tasks";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.report(locale));
            return "password";
        }
    }

    @GetMapping("/inbox")
    String inbox(Principal p, Model model) {
        model.addAttribute("messages", inbox.inbox(callers.of(p)));
        return "inbox";
    }

    @org.springframework.web.bind.annotation.PostMapping("/inbox/{id}/read")
    String markRead(Principal p, @org.springframework.web.bind.annotation.PathVariable long id) {
        inbox.markRead(callers.of(p), id);
        return "redirect:/inbox";
    }

    @GetMapping("/supervision")
    String supervision(Principal p, Model model) {
        Actor actor = callers.of(p);
        model.addAttribute("records", supervision.records(actor, null));
        model.addAttribute("extensions", supervision.extensions(actor, null));
        model.addAttribute("alerts", tasks.list(actor, TaskFilter.ALL).stream()
                .filter(t -> t.light().code().equals("red") || t.light().code().equals("yellow")).toList());
        return "supervision";
    }

    @GetMapping("/scores")
    String scores(@RequestParam(required = false) String plan, Model model) {
        String code = plan != null ? plan : tasks.list(org.stocktake.accounts.Actor.SYSTEM, TaskFilter.ALL).stream()
                .map(org.stocktake.tasks.Task::planCode).findFirst().orElse("");
        model.addAttribute("plan", code);
        model.addAttribute("scores", scores.scores(code));
        model.addAttribute("units", accounts.units().stream().collect(java.util.stream.Collectors.toMap(
                org.stocktake.accounts.OrgUnit::code, u -> u.name().zh())));
        return "scores";
    }

    @GetMapping("/audit")
    String audit(Principal p, @RequestParam(required = false) String entity, @RequestParam(required = false) String id,
            Model model) {
        requireAuditor(callers.of(p));
        model.addAttribute("entries", audit.find(SupervisionPageController.blank(entity), SupervisionPageController.blank(id), null));
        return "audit";
    }

    @GetMapping("/audit.csv")
    @ResponseBody
    ResponseEntity<byte[]> auditCsv(Principal p) {
        requireAuditor(callers.of(p));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=audit.csv")
                .body(audit.exportCsv(null, null, null).getBytes(StandardCharsets.UTF_8));
    }

    private static void requireAuditor(Actor actor) {
        if (!actor.is(Role.COORDINATOR, Role.ADMIN, Role.LEADER)) {
            throw new NotPermittedException(actor, "refused.audit-log");
        }
    }
}
