package org.stocktake.supervision.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.accounts.Callers;
import org.stocktake.supervision.Claim;
import org.stocktake.supervision.Extension;
import org.stocktake.supervision.Light;
import org.stocktake.supervision.ProgressService;
import org.stocktake.supervision.Report;
import org.stocktake.supervision.Rung;
import org.stocktake.supervision.ScoreService;
import org.stocktake.supervision.SupervisionRecord;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskFilter;
import org.stocktake.supervision.TaskService;
import org.stocktake.supervision.TimelineEntry;
import org.stocktake.supervision.UnitScore;
import org.stocktake.supervision.Update;

/**
 * The supervision API: reads need a login or a token and are scoped like the pages; every write
 * goes through the services, which check role and unit scope. 403 for a refused operation, 409
 * for a conflicting save or a state that does not allow it, 400 for bad input.
 */
@RestController
@RequestMapping("/api/v1")
class SupervisionApiController {

    record Decision(boolean accept, String reason) {}

    record RecordRequest(Rung rung, String toUnit, String note, LocalDate responseDue) {}

    record ExtensionRequest(LocalDate newDeadline, String reason) {}

    record Text(String text) {}

    record Edit(int version, TaskDraft task) {}

    record Assignment(int version, String lead) {}

    private final TaskService tasks;
    private final ProgressService progress;
    private final SupervisionService supervision;
    private final ScoreService scores;
    private final Callers callers;

    SupervisionApiController(
            TaskService tasks,
            ProgressService progress,
            SupervisionService supervision,
            ScoreService scores,
            Callers callers) {
        this.tasks = tasks;
        this.progress = progress;
        this.supervision = supervision;
        this.scores = scores;
        this.callers = callers;
    }

    @GetMapping("/tasks")
    List<Task> tasks(
            Principal p,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) String article,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Light light,
            @RequestParam(required = false) LocalDate dueBy) {
        return tasks.list(callers.of(p), new TaskFilter(plan, article, unit, light, dueBy));
    }

    @GetMapping("/tasks/{id}")
    Task task(Principal p, @PathVariable long id) {
        return tasks.get(callers.of(p), id);
    }

    @GetMapping("/tasks/{id}/timeline")
    List<TimelineEntry> timeline(Principal p, @PathVariable long id) {
        return supervision.timeline(callers.of(p), id);
    }

    @GetMapping("/scores")
    List<UnitScore> scores(@RequestParam String plan) {
        return scores.scores(plan);
    }

    @PostMapping("/tasks")
    ResponseEntity<Task> create(Principal p, @RequestBody TaskDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tasks.create(callers.of(p), draft));
    }

    @PutMapping("/tasks/{id}")
    Task edit(Principal p, @PathVariable long id, @RequestBody Edit edit) {
        return tasks.edit(callers.of(p), id, edit.version(), edit.task());
    }

    @PostMapping("/tasks/{id}/assign")
    Task assign(Principal p, @PathVariable long id, @RequestBody Assignment a) {
        return tasks.assign(callers.of(p), id, a.version(), a.lead());
    }

    @PostMapping("/tasks/{id}/updates")
    ResponseEntity<Update> submit(Principal p, @PathVariable long id, @RequestBody Report report) {
        return ResponseEntity.status(HttpStatus.CREATED).body(progress.submit(callers.of(p), id, report));
    }

    @PostMapping(value = "/updates/{id}/attachments", consumes = "multipart/form-data")
    ResponseEntity<Update.Attachment> attach(
            Principal p,
            @PathVariable long id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        org.stocktake.accounts.Actor actor = callers.of(p);
        try (java.io.InputStream content = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(progress.attach(actor, id, file.getOriginalFilename(), content));
        }
    }

    /** An attachment, always as a download of its checked type, never rendered inline. */
    @GetMapping("/attachments/{id}")
    ResponseEntity<byte[]> attachment(Principal p, @PathVariable long id) {
        var entry = progress.attachment(callers.of(p), id);
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        entry.getKey().contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(entry.getKey().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(entry.getValue());
    }

    @PostMapping("/updates/{id}/approval")
    Update approve(Principal p, @PathVariable long id) {
        return progress.approve(callers.of(p), id);
    }

    @PostMapping("/updates/{id}/review")
    Update review(Principal p, @PathVariable long id, @RequestBody Decision d) {
        return progress.review(callers.of(p), id, d.accept(), d.reason());
    }

    @PostMapping("/tasks/{id}/records")
    ResponseEntity<SupervisionRecord> issue(Principal p, @PathVariable long id, @RequestBody RecordRequest r) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(supervision.issue(callers.of(p), id, r.rung(), r.toUnit(), r.note(), r.responseDue()));
    }

    @PostMapping("/records/{id}/response")
    SupervisionRecord respond(Principal p, @PathVariable long id, @RequestBody Text t) {
        return supervision.respond(callers.of(p), id, t.text());
    }

    @PostMapping("/tasks/{id}/extensions")
    ResponseEntity<Extension> extension(Principal p, @PathVariable long id, @RequestBody ExtensionRequest r) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(supervision.requestExtension(callers.of(p), id, r.newDeadline(), r.reason()));
    }

    @PostMapping("/extensions/{id}/decision")
    Extension decide(Principal p, @PathVariable long id, @RequestBody Decision d) {
        return supervision.decideExtension(callers.of(p), id, d.accept(), d.reason());
    }

    @PostMapping("/tasks/{id}/claim")
    ResponseEntity<Claim> claim(Principal p, @PathVariable long id, @RequestBody Text t) {
        return ResponseEntity.status(HttpStatus.CREATED).body(supervision.claim(callers.of(p), id, t.text()));
    }

    @PostMapping("/tasks/{id}/claim/review")
    Task reviewClaim(Principal p, @PathVariable long id, @RequestBody Decision d) {
        return supervision.reviewClaim(callers.of(p), id, d.accept(), d.reason());
    }
}
