package org.stocktake.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.stocktake.data.DataFormat;
import org.stocktake.data.ExportService;
import org.stocktake.data.ImportRefusedException;
import org.stocktake.data.ImportRequest;
import org.stocktake.data.ImportResult;
import org.stocktake.data.ImportService;
import org.stocktake.data.ObservationKey;
import org.stocktake.data.ObservationService;
import org.stocktake.data.Revision;
import org.stocktake.data.Status;
import org.stocktake.shared.InvalidInputException;

/**
 * The JSON API of observation data: history of a value, approval steps, imports (multipart) and
 * exports. A refused import is an RFC 9457 problem listing every error with file, row and column.
 */
@RestController
@RequestMapping("/api/v1")
class DataApiController {


    private final ObservationService observations;
    private final ImportService imports;
    private final ExportService exports;
    private final DataPermissions permissions;

    DataApiController(ObservationService observations, ImportService imports, ExportService exports,
            DataPermissions permissions) {
        this.permissions = permissions;
        this.observations = observations;
        this.imports = imports;
        this.exports = exports;
    }

    /** A step of the approval workflow on one value. */
    record Step(String indicator, String region, String period, String reason) {
        ObservationKey key() {
            return new ObservationKey(indicator, region, period);
        }
    }

    @GetMapping("/observations/history")
    List<Revision> history(@RequestParam String indicator, @RequestParam String region, @RequestParam String period) {
        return observations.history(new ObservationKey(indicator, region, period));
    }

    @PostMapping("/observations/submit")
    Revision submit(@RequestBody Step step, java.security.Principal principal) {
        return observations.submit(step.key(), permissions.writer(principal, List.of(step.region())).username(), step.reason());
    }

    @PostMapping("/observations/approve")
    Revision approve(@RequestBody Step step, java.security.Principal principal) {
        return observations.approve(step.key(), permissions.approver(principal, step.region()).username(), step.reason());
    }

    @PostMapping("/observations/return")
    Revision returnValue(@RequestBody Step step, java.security.Principal principal) {
        return observations.returnValue(step.key(), permissions.approver(principal, step.region()).username(), step.reason());
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFile(@RequestParam MultipartFile file, @RequestParam(required = false) String format,
            @RequestParam(required = false) String reason, @RequestParam(defaultValue = "submitted") String status,
            java.security.Principal principal) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload.csv" : Path.of(file.getOriginalFilename()).getFileName().toString();
        DataFormat chosen = format == null ? DataFormat.guess(name) : DataFormat.of(format).orElseThrow(() ->
                new IllegalArgumentException("unknown format " + format));
        Status target = Status.of(status).filter(s -> s != Status.RETURNED).orElseThrow(() ->
                new IllegalArgumentException("status: draft, submitted or approved"));
        String user = (target == Status.APPROVED ? permissions.coordinator(principal)
                : permissions.writer(principal, List.of())).username();
        Path temp = Files.createTempFile("stocktake-import-", "-" + name);
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            ImportRequest request = new ImportRequest(temp, name, chosen, user, reason, target, null, null);
            permissions.writer(principal, imports.check(request).regions());
            return imports.importFile(request);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @GetMapping("/exports")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean current) {
        DataFormat chosen = DataFormat.of(format).orElseThrow(() -> new IllegalArgumentException("unknown format " + format));
        String file = "observations" + switch (chosen) { case CSV -> ".csv"; case XLSX -> ".xlsx"; case SDMX -> ".sdmx.csv"; };
        StreamingResponseBody body = out -> exports.export(chosen, new ExportService.Query(indicator, region, current), out);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType(chosen == DataFormat.XLSX ? MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        : MediaType.parseMediaType("text/csv;charset=UTF-8")).body(body);
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "en".equals(locale.getLanguage())
                        ? e.total() + " problem(s) in " + e.source() + "; nothing was imported"
                        : e.source() + " 中有 " + e.total() + " 处问题，未导入任何数据");
        problem.setTitle("en".equals(locale.getLanguage()) ? "Import refused" : "导入被拒绝");
        problem.setProperty("total", e.total());
        problem.setProperty("errors", e.details().stream().map(p -> Map.of("file", p.file(), "row", p.row(),
                "column", p.column() == null ? "" : p.column(), "zh", p.zh(), "en", p.en())).toList());
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
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }


    @org.springframework.web.bind.annotation.ExceptionHandler(org.stocktake.accounts.NotPermittedException.class)
    org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> refused(
            org.stocktake.accounts.NotPermittedException e, java.util.Locale locale) {
        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.FORBIDDEN)
                .body(org.springframework.http.ProblemDetail.forStatusAndDetail(
                        org.springframework.http.HttpStatus.FORBIDDEN, e.message(locale)));
    }
}
