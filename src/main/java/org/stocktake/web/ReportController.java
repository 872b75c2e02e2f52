package org.stocktake.web;

import java.nio.charset.StandardCharsets;
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
import org.stocktake.reports.ReportDocument;
import org.stocktake.reports.ReportFormat;
import org.stocktake.reports.ReportService;

/** The reports page and on-demand downloads of the evaluation report. */
@Controller
class ReportController {

    private final ReportService reports;
    private final PlanReadModel plans;

    ReportController(ReportService reports, PlanReadModel plans) {
        this.reports = reports;
        this.plans = plans;
    }

    @GetMapping("/reports")
    String page(Model model) {
        String plan = plans.plan(null).code();
        model.addAttribute("plan", plans.plan(plan));
        model.addAttribute("asOf", reports.currentAsOf(plan));
        return "reports";
    }

    @GetMapping("/reports/evaluation.{format}")
    ResponseEntity<byte[]> evaluation(@PathVariable String format, @RequestParam(required = false) Integer asOf,
            @RequestParam(required = false) String plan, Locale locale) {
        ReportFormat chosen = ReportFormat.parse(format);
        String code = plans.plan(plan).code();
        ReportDocument report = reports.evaluation(code, asOf == null ? reports.currentAsOf(code) : asOf, locale);
        String name = code + "-evaluation-" + (asOf == null ? reports.currentAsOf(code) : asOf) + "." + chosen.extension();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(switch (chosen) {
                    case PDF -> MediaType.APPLICATION_PDF;
                    case DOCX -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                    case XLSX -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                })
                .body(reports.write(report, chosen));
    }
}
