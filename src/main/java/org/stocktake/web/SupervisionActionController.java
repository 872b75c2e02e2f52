package org.stocktake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.tasks.ProgressService;
import org.stocktake.tasks.Rung;
import org.stocktake.tasks.SupervisionService;
import org.stocktake.tasks.TaskConflictException;
import org.stocktake.tasks.TaskService;
import org.stocktake.tasks.TaskStateException;

/**
 * The forms of supervision on the pages: review and approval of reports, supervision records and
 * responses, extensions, the completion review, the division-of-labour XLSX, and user administration.
 */
@Controller
class SupervisionActionController {

    private final TaskService tasks;
    private final ProgressService progress;
    private final SupervisionService supervision;
    private final AccountService accounts;
    private final Callers callers;
    private final Clock clock;

    SupervisionActionController(TaskService tasks, ProgressService progress, SupervisionService supervision,
            AccountService accounts, Callers callers, Clock clock) {
        this.tasks = tasks;
        this.progress = progress;
        this.supervision = supervision;
        this.accounts = accounts;
        this.callers = callers;
        this.clock = clock;
    }

    @PostMapping("/updates/{updateId}/approve")
    String approve(Principal p, @PathVariable long updateId, @RequestParam long task, RedirectAttributes r, Locale l) {
        return act("/tasks/" + task, r, l, () -> progress.approve(callers.of(p), updateId));
    }

    @PostMapping("/updates/{updateId}/review")
    String review(Principal p, @PathVariable long updateId, @RequestParam long task, @RequestParam boolean accept,
            @RequestParam(required = false) String reason, RedirectAttributes r, Locale l) {
        return act("/tasks/" + task, r, l, () -> progress.review(callers.of(p), updateId, accept, reason));
    }

    @PostMapping("/tasks/{id}/records")
    String issue(Principal p, @PathVariable long id, @RequestParam String rung, @RequestParam(required = false) String note,
            @RequestParam(required = false) String responseDue, RedirectAttributes r, Locale l) {
        return act("/tasks/" + id, r, l, () -> supervision.issue(callers.of(p), id, required("rung", ParameterErrors.choice("rung", rung, Rung.class)), null, note,
                ParameterErrors.date("responseDue", responseDue)));
    }

    @PostMapping("/records/{recordId}/respond")
    String respond(Principal p, @PathVariable long recordId, @RequestParam long task, @RequestParam String response,
            RedirectAttributes r, Locale l) {
        return act("/tasks/" + task, r, l, () -> supervision.respond(callers.of(p), recordId, response));
    }

    @PostMapping("/tasks/{id}/extensions")
    String requestExtension(Principal p, @PathVariable long id, @RequestParam String newDeadline, @RequestParam String reason,
            RedirectAttributes r, Locale l) {
        return act("/tasks/" + id, r, l, () -> supervision.requestExtension(callers.of(p), id,
                required("newDeadline", ParameterErrors.date("newDeadline", newDeadline)), reason));
    }

    @PostMapping("/extensions/{extensionId}/decide")
    String decide(Principal p, @PathVariable long extensionId, @RequestParam long task, @RequestParam boolean accept,
            @RequestParam(required = false) String reason, RedirectAttributes r, Locale l) {
        return act("/tasks/" + task, r, l, () -> supervision.decideExtension(callers.of(p), extensionId, accept, reason));
    }

    @GetMapping("/tasks.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> export(Principal p, @RequestParam String plan) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(Messages.zh("web.tasks.export-file", plan), StandardCharsets.UTF_8).build().toString())
                .body(tasks.exportWorkbook(callers.of(p), plan));
    }

    @PostMapping("/tasks/import")
    String importTable(Principal p, @RequestParam String plan, @RequestParam MultipartFile file, RedirectAttributes r, Locale l) {
        return act("/tasks", r, l, () -> tasks.importWorkbook(callers.of(p), plan, ParameterErrors.fileName(file),
                stream(file), LocalDate.now(clock)));
    }

    @GetMapping("/admin")
    String admin(Principal p, Model model) {
        if (!callers.of(p).is(Role.ADMIN)) {
            throw new NotPermittedException(callers.of(p), "refused.administer-users");
        }
        model.addAttribute("users", accounts.users());
        model.addAttribute("units", accounts.units());
        model.addAttribute("roles", Role.values());
        return "admin";
    }

    @PostMapping("/admin/units")
    String unit(Principal p, @RequestParam String code, @RequestParam String nameZh, @RequestParam(required = false) String nameEn,
            @RequestParam String kind, @RequestParam String region, RedirectAttributes r, Locale l) {
        return act("/admin", r, l, () -> accounts.saveUnit(callers.of(p), new OrgUnit(code.trim(),
                new LocalizedText(nameZh.trim(), nameEn), kind, region.trim())));
    }

    @PostMapping("/admin/users")
    String user(Principal p, @RequestParam String username, @RequestParam String displayName,
            @RequestParam(required = false) String email, @RequestParam String role, @RequestParam(required = false) String unit,
            @RequestParam String password, RedirectAttributes r, Locale l) {
        return act("/admin", r, l, () -> accounts.createUser(callers.of(p), new NewUser(username.trim(), displayName,
                SupervisionPageController.blank(email), required("role", ParameterErrors.choice("role", role, Role.class)),
                SupervisionPageController.blank(unit), password)));
    }

    @PostMapping("/admin/import")
    String importUsers(Principal p, @RequestParam MultipartFile file, RedirectAttributes r, Locale l) {
        return act("/admin", r, l, () -> accounts.importWorkbook(callers.of(p), ParameterErrors.fileName(file), stream(file)));
    }

    private static java.io.InputStream stream(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, java.util.List.of(org.stocktake.shared.Problem.of(field, "web.required")));
        }
        return value;
    }

    /**
     * Runs a form's action and goes back to its page with a notice, or with the reason it was not
     * saved (a conflict, a state that does not allow it, bad input). A refusal by role or scope is
     * not a form error: it is answered 403 by {@link WebErrors}.
     */
    static String act(String back, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "saved");
        } catch (TaskConflictException e) {
            redirect.addFlashAttribute("error", e.message(locale));
        } catch (TaskStateException e) {
            redirect.addFlashAttribute("error", e.message(locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.report(locale));
        }
        return "redirect:" + back;
    }
}
