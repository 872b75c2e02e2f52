package org.stocktake.reports.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Callers;
import org.stocktake.plan.PlanService;
import org.stocktake.reports.ReportDocument;
import org.stocktake.reports.ReportFormat;
import org.stocktake.reports.ReportService;

/** The reports page and on-demand downloads of the evaluation report. */
@Controller
class ReportController {

    private final ReportService reports;
    private final PlanService plans;
    private final Clock clock;
    private final Callers callers;

    ReportController(ReportService reports, PlanService plans, Clock clock, Callers callers) {
        this.reports = reports;
        this.plans = plans;
        this.clock = clock;
        this.callers = callers;
    }

    @GetMapping("/reports")
    String page(Model model) {
        String plan = plans.document(null).code();
        model.addAttribute("plan", plans.document(plan));
        model.addAttribute("asOf", reports.currentAsOf(plan));
        model.addAttribute("month", YearMonth.now(clock).toString());
        return "reports";
    }

    @GetMapping("/reports/bulletin.{format}")
    ResponseEntity<byte[]> bulletin(
            Principal principal,
            @PathVariable String format,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String plan,
            Locale locale) {
        Actor actor = callers.of(principal);
        ReportFormat chosen = ReportFormat.parse(format);
        String code = plans.document(plan).code();
        YearMonth when = month == null ? YearMonth.now(clock) : YearMonth.parse(month);
        return download(
                reports.write(reports.bulletin(actor, code, when, locale), chosen), code + "-bulletin-" + when, chosen);
    }

    @GetMapping("/reports/evaluation.{format}")
    ResponseEntity<byte[]> evaluation(
            @PathVariable String format,
            @RequestParam(required = false) Integer asOf,
            @RequestParam(required = false) String plan,
            Locale locale) {
        ReportFormat chosen = ReportFormat.parse(format);
        String code = plans.document(plan).code();
        ReportDocument report = reports.evaluation(code, asOf == null ? reports.currentAsOf(code) : asOf, locale);
        return download(
                reports.write(report, chosen),
                code + "-evaluation-" + (asOf == null ? reports.currentAsOf(code) : asOf),
                chosen);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, ReportFormat chosen) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + chosen.extension(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        switch (chosen) {
                            case PDF -> MediaType.APPLICATION_PDF;
                            case DOCX ->
                                MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                            case XLSX ->
                                MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                        })
                .body(body);
    }
}
