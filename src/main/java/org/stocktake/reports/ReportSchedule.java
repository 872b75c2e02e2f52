package org.stocktake.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.stocktake.plan.PlanService;

/**
 * Writes each plan's evaluation report on a schedule (by default at 06:00 on the first day of
 * each month) into {@code <data-dir>/reports/}, as PDF and DOCX.
 */
@Component
class ReportSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

    private final ReportService reports;
    private final PlanService plans;
    private final Clock clock;
    private final Path folder;

    ReportSchedule(
            ReportService reports,
            PlanService plans,
            Clock clock,
            @Value("${stocktake.data-dir:./data}") Path dataDir) {
        this.reports = reports;
        this.plans = plans;
        this.clock = clock;
        this.folder = dataDir.resolve("reports");
    }

    @Scheduled(cron = "${stocktake.reports.cron:0 0 6 1 * *}")
    void monthly() {
        YearMonth month = YearMonth.now(clock);
        for (String plan : plans.planCodes()) {
            try {
                write(plan, month);
            } catch (IOException | RuntimeException e) {
                log.error("定期报告生成失败 / the scheduled report of {} failed: {}", plan, e.getMessage());
            }
        }
    }

    /** Writes the plan's evaluation report for a month; returns the PDF's path. */
    Path write(String plan, YearMonth month) throws IOException {
        Files.createDirectories(folder);
        ReportDocument report = reports.evaluation(plan, reports.currentAsOf(plan), Locale.SIMPLIFIED_CHINESE);
        Path pdf = null;
        for (ReportFormat format : new ReportFormat[] {ReportFormat.PDF, ReportFormat.DOCX}) {
            Path target = folder.resolve(plan + "-evaluation-" + month + "." + format.extension());
            Path temp = Files.createTempFile(folder, ".report", "." + format.extension());
            Files.write(temp, reports.write(report, format));
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            pdf = pdf == null ? target : pdf;
        }
        log.info("已生成定期报告 / wrote the scheduled report {}", pdf);
        return pdf;
    }
}
