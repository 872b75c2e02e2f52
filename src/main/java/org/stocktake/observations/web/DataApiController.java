package org.stocktake.observations.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Callers;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.observations.DataFormat;
import org.stocktake.observations.ExportService;
import org.stocktake.observations.ImportRefusedException;
import org.stocktake.observations.ImportRequest;
import org.stocktake.observations.ImportResult;
import org.stocktake.observations.ImportService;
import org.stocktake.observations.ImportUploads;
import org.stocktake.observations.Observation;
import org.stocktake.observations.ObservationKey;
import org.stocktake.observations.ObservationService;
import org.stocktake.observations.Revision;
import org.stocktake.observations.Status;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;

/**
 * The JSON API of observation data: history of a value, approval steps, imports (multipart) and
 * exports. Who may do what is decided by the data services (they take the actor); a refused import
 * is an RFC 9457 problem listing every error with file, row and column.
 */
@RestController
@RequestMapping("/api/v1")
class DataApiController {

    private final ObservationService observations;
    private final ImportService imports;
    private final ExportService exports;
    private final ImportUploads uploads;
    private final Callers callers;

    DataApiController(
            ObservationService observations,
            ImportService imports,
            ExportService exports,
            ImportUploads uploads,
            Callers callers) {
        this.observations = observations;
        this.imports = imports;
        this.exports = exports;
        this.uploads = uploads;
        this.callers = callers;
    }

    /** A step of the approval workflow on one value. */
    record Step(String indicator, String region, String period, String reason) {
        ObservationKey key() {
            return new ObservationKey(indicator, region, period);
        }
    }

    @GetMapping("/observations")
    List<Observation> observations(
            @RequestParam(required = false) String indicator, @RequestParam(required = false) String region) {
        return observations.published(indicator, region);
    }

    @GetMapping("/observations/history")
    List<Revision> history(
            @RequestParam String indicator,
            @RequestParam String region,
            @RequestParam String period,
            Principal principal) {
        return observations.history(callers.orAnonymous(principal), new ObservationKey(indicator, region, period));
    }

    @PostMapping("/observations/submit")
    Revision submit(@RequestBody Step step, Principal principal) {
        return observations.submit(callers.orAnonymous(principal), step.key(), step.reason());
    }

    @PostMapping("/observations/approve")
    Revision approve(@RequestBody Step step, Principal principal) {
        return observations.approve(callers.orAnonymous(principal), step.key(), step.reason());
    }

    /** Confirms a published class C value against an official page (the reason names the page). */
    @PostMapping("/observations/confirm")
    Revision confirm(@RequestBody Step step, Principal principal) {
        return observations.confirm(callers.orAnonymous(principal), step.key(), step.reason());
    }

    @PostMapping("/observations/return")
    Revision returnValue(@RequestBody Step step, Principal principal) {
        return observations.returnValue(callers.orAnonymous(principal), step.key(), step.reason());
    }

    /** Imports a file; its format is read from its content ({@code format}, if sent, is ignored). */
    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFile(
            @RequestParam MultipartFile file,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "submitted") String status,
            Principal principal)
            throws IOException {
        Actor actor = callers.orAnonymous(principal);
        Status target = Status.of(status)
                .filter(s -> s != Status.RETURNED)
                .orElseThrow(() -> new IllegalArgumentException(Messages.both("web.import.status")));
        ImportUploads.Upload upload;
        try (InputStream in = file.getInputStream()) {
            upload = uploads.receive(actor, in, file.getOriginalFilename());
        }
        try {
            return imports.importFile(
                    actor, new ImportRequest(upload.file(), file.getOriginalFilename(), reason, target, null, null));
        } finally {
            uploads.delete(upload.file());
        }
    }

    @GetMapping("/exports")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean current,
            Principal principal) {
        DataFormat chosen = DataFormat.of(format)
                .orElseThrow(() -> new IllegalArgumentException(Messages.both("web.export.format")));
        Actor actor = callers.orAnonymous(principal);
        ExportService.Query query = new ExportService.Query(indicator, region, current);
        exports.authorise(actor, query);
        String file = "observations"
                + switch (chosen) {
                    case CSV -> ".csv";
                    case XLSX -> ".xlsx";
                    case SDMX -> ".sdmx.csv";
                };
        StreamingResponseBody body = out -> exports.export(actor, chosen, query, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType(
                        chosen == DataFormat.XLSX
                                ? MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                : MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(body);
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                Messages.get(locale, "web.import.refused.detail", e.source(), e.total()));
        problem.setTitle(Messages.get(locale, "web.import.refused.title"));
        problem.setProperty("total", e.total());
        problem.setProperty(
                "errors",
                e.details().stream()
                        .map(p -> Map.of(
                                "file",
                                p.file(),
                                "row",
                                p.row(),
                                "column",
                                p.column() == null ? "" : p.column(),
                                "zh",
                                p.zh(),
                                "en",
                                p.en()))
                        .toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.report(locale));
        problem.setProperty("problems", e.problems());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> refused(NotPermittedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.message(locale)));
    }
}
