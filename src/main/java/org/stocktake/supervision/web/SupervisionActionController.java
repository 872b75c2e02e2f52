package org.stocktake.supervision.web;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.accounts.Callers;
import org.stocktake.platform.Forms;
import org.stocktake.platform.ParameterErrors;
import org.stocktake.shared.Messages;
import org.stocktake.supervision.ProgressService;
import org.stocktake.supervision.Rung;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.TaskService;

/**
 * The forms of supervision on the pages: review and approval of reports, supervision records and
 * responses, extensions, the completion review, the division-of-labour XLSX, and its import.
 */
@Controller
class SupervisionActionController {

    private final TaskService tasks;
    private final ProgressService progress;
    private final SupervisionService supervision;
    private final Callers callers;
    private final Clock clock;

    SupervisionActionController(
            TaskService tasks, ProgressService progress, SupervisionService supervision, Callers callers, Clock clock) {
        this.tasks = tasks;
        this.progress = progress;
        this.supervision = supervision;
        this.callers = callers;
        this.clock = clock;
    }

    @PostMapping("/updates/{updateId}/approve")
    String approve(Principal p, @PathVariable long updateId, @RequestParam long task, RedirectAttributes r, Locale l) {
        return Forms.act("/tasks/" + task, r, l, () -> progress.approve(callers.of(p), updateId));
    }

    @PostMapping("/updates/{updateId}/review")
    String review(
            Principal p,
            @PathVariable long updateId,
            @RequestParam long task,
            @RequestParam boolean accept,
            @RequestParam(required = false) String reason,
            RedirectAttributes r,
            Locale l) {
        return Forms.act("/tasks/" + task, r, l, () -> progress.review(callers.of(p), updateId, accept, reason));
    }

    @PostMapping("/tasks/{id}/records")
    String issue(
            Principal p,
            @PathVariable long id,
            @RequestParam String rung,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String responseDue,
            RedirectAttributes r,
            Locale l) {
        return Forms.act(
                "/tasks/" + id,
                r,
                l,
                () -> supervision.issue(
                        callers.of(p),
                        id,
                        ParameterErrors.required("rung", ParameterErrors.choice("rung", rung, Rung.class)),
                        null,
                        note,
                        ParameterErrors.date("responseDue", responseDue)));
    }

    @PostMapping("/records/{recordId}/respond")
    String respond(
            Principal p,
            @PathVariable long recordId,
            @RequestParam long task,
            @RequestParam String response,
            RedirectAttributes r,
            Locale l) {
        return Forms.act("/tasks/" + task, r, l, () -> supervision.respond(callers.of(p), recordId, response));
    }

    @PostMapping("/tasks/{id}/extensions")
    String requestExtension(
            Principal p,
            @PathVariable long id,
            @RequestParam String newDeadline,
            @RequestParam String reason,
            RedirectAttributes r,
            Locale l) {
        return Forms.act(
                "/tasks/" + id,
                r,
                l,
                () -> supervision.requestExtension(
                        callers.of(p),
                        id,
                        ParameterErrors.required("newDeadline", ParameterErrors.date("newDeadline", newDeadline)),
                        reason));
    }

    @PostMapping("/extensions/{extensionId}/decide")
    String decide(
            Principal p,
            @PathVariable long extensionId,
            @RequestParam long task,
            @RequestParam boolean accept,
            @RequestParam(required = false) String reason,
            RedirectAttributes r,
            Locale l) {
        return Forms.act(
                "/tasks/" + task, r, l, () -> supervision.decideExtension(callers.of(p), extensionId, accept, reason));
    }

    @GetMapping("/tasks.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> export(Principal p, @RequestParam String plan) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(Messages.zh("web.tasks.export-file", plan), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(tasks.exportWorkbook(callers.of(p), chosenPlan(plan)));
    }

    @PostMapping("/tasks/import")
    String importTable(
            Principal p, @RequestParam String plan, @RequestParam MultipartFile file, RedirectAttributes r, Locale l) {
        return Forms.act(
                "/tasks",
                r,
                l,
                () -> tasks.importWorkbook(
                        callers.of(p),
                        chosenPlan(plan),
                        ParameterErrors.fileName(file),
                        ParameterErrors.stream(file),
                        LocalDate.now(clock)));
    }

    /** A plan from the list the pages offer; any other code is refused naming the field. */
    private String chosenPlan(String plan) {
        if (tasks.plans().stream().noneMatch(c -> c.code().equals(plan))) {
            throw new org.stocktake.shared.InvalidInputException(
                    "plan", java.util.List.of(org.stocktake.shared.Problem.of("plan", "tasks.plan.unknown")));
        }
        return plan;
    }
}
