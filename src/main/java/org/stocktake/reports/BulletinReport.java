package org.stocktake.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stocktake.assessment.Ranks;
import org.stocktake.platform.When;
import org.stocktake.shared.Messages;
import org.stocktake.supervision.Light;
import org.stocktake.supervision.SupervisionRecord;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.UnitScore;

/**
 * 督查通报: the month's red and yellow tasks, the supervision records issued in the month, the unit
 * league table and the units' reporting completeness, in the form of an official document.
 */
final class BulletinReport {

    /** What the bulletin is built from; unit names by code. */
    record Inputs(
            String planTitle,
            YearMonth month,
            LocalDate today,
            List<Task> tasks,
            List<SupervisionRecord> records,
            List<UnitScore> scores,
            Map<String, String> unitNames,
            Completeness completeness) {}

    /** Reporting completeness in the month by unit and by region; null leaves the section out. */
    record Completeness(List<Rate> units, List<Rate> regions) {}

    /** A unit's or a region's progress reports due in the month, how many came in, and how many on time. */
    record Rate(String name, int due, int submitted, int onTime) {}

    private final Inputs in;
    private final Locale locale;
    private final List<ReportDocument.Block> blocks = new ArrayList<>();
    private final Outline outline;

    BulletinReport(Inputs inputs, Locale locale) {
        this.in = inputs;
        this.locale = locale;
        this.outline = new Outline(locale, blocks);
    }

    ReportDocument build() {
        overview();
        lights(Light.RED, t("reports.bulletin.s-red"), t("reports.bulletin.red-items"));
        lights(Light.YELLOW, t("reports.bulletin.s-yellow"), t("reports.bulletin.yellow-items"));
        records();
        league();
        reportingCompleteness();
        String title = in.planTitle()
                + t(
                        "reports.bulletin.title",
                        in.month().getYear(),
                        in.month().getMonthValue(),
                        java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)
                                .format(in.month()));
        ReportDocument.Official official = new ReportDocument.Official(
                t("reports.official.issuer"),
                t(
                        "reports.official.bulletin-number",
                        in.month().getYear(),
                        in.month().getMonthValue()),
                When.day(in.today(), locale));
        return new ReportDocument(title, null, blocks, official);
    }

    private void overview() {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        in.tasks().forEach(task -> counts.merge(task.light(), 1, Integer::sum));
        outline.section(t("reports.bulletin.s-overview"));
        blocks.add(new ReportDocument.Paragraph(t(
                "reports.bulletin.overview",
                in.tasks().size(),
                counts.getOrDefault(Light.RED, 0),
                counts.getOrDefault(Light.YELLOW, 0),
                counts.getOrDefault(Light.GREEN, 0),
                counts.getOrDefault(Light.BLUE, 0))));
    }

    private void lights(Light light, String heading, String caption) {
        outline.section(heading);
        List<List<String>> rows = new ArrayList<>();
        for (Task task : in.tasks()) {
            if (task.light() == light) {
                rows.add(List.of(
                        task.code(),
                        task.title(),
                        unit(task.lead()),
                        task.deadline() == null ? t("reports.bulletin.ongoing") : When.day(task.deadline(), locale),
                        task.percent() + "%"));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(t("reports.bulletin.none-this-month")));
            return;
        }
        blocks.add(new ReportDocument.Table(
                caption,
                List.of(
                        t("reports.bulletin.code"),
                        t("reports.bulletin.task"),
                        t("reports.bulletin.lead-unit"),
                        t("reports.bulletin.deadline"),
                        t("reports.bulletin.progress")),
                rows));
    }

    private void records() {
        outline.section(t("reports.bulletin.s-records"));
        List<List<String>> rows = new ArrayList<>();
        for (SupervisionRecord r : in.records()) {
            LocalDate issued = r.issuedAt().atZone(When.zone()).toLocalDate();
            if (YearMonth.from(issued).equals(in.month())) {
                rows.add(List.of(
                        When.day(issued, locale),
                        t("rung." + r.rung().code()),
                        taskCode(r.taskId()),
                        unit(r.toUnit()),
                        r.responseDue() == null ? "—" : When.day(r.responseDue(), locale),
                        r.response() == null ? t("reports.bulletin.no-response-yet") : r.response()));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(t("reports.bulletin.no-supervision-record-was-issued")));
            return;
        }
        blocks.add(new ReportDocument.Table(
                t("reports.bulletin.supervision-records"),
                List.of(
                        t("reports.bulletin.date"),
                        t("reports.bulletin.rung"),
                        t("reports.bulletin.task"),
                        t("reports.bulletin.to-unit"),
                        t("reports.bulletin.response-due"),
                        t("reports.bulletin.response")),
                rows));
    }

    private void league() {
        outline.section(t("reports.bulletin.s-league"));
        List<UnitScore> sorted = in.scores().stream()
                .sorted(java.util.Comparator.comparingInt(UnitScore::score).reversed())
                .toList();
        int[] ranks = Ranks.of(sorted.stream().mapToDouble(UnitScore::score).toArray(), true);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            UnitScore s = sorted.get(i);
            rows.add(List.of(
                    Integer.toString(ranks[i]),
                    unit(s.unit()),
                    Integer.toString(s.score()),
                    Integer.toString(s.tasksLed()),
                    s.onTimeRate() == null ? "—" : String.format(Locale.ROOT, "%.0f%%", s.onTimeRate() * 100),
                    Integer.toString(s.lateReports()),
                    Integer.toString(s.returnedReports()),
                    Integer.toString(s.overdue())));
        }
        blocks.add(new ReportDocument.Table(
                t("reports.bulletin.unit-scores"),
                List.of(
                        t("reports.bulletin.rank"),
                        t("reports.bulletin.unit"),
                        t("reports.bulletin.score"),
                        t("reports.bulletin.tasks-led"),
                        t("reports.bulletin.on-time"),
                        t("reports.bulletin.late-reports"),
                        t("reports.bulletin.returned"),
                        t("reports.bulletin.overdue")),
                rows));
    }

    /**
     * 报送情况: each unit's share of the reports and data due in the month that came in on time, as
     * DHIS2 shows reporting rates. Left out while the supervision module offers no figures.
     */
    private void reportingCompleteness() {
        if (in.completeness() == null) {
            return;
        }
        outline.section(t("reports.bulletin.s-completeness"));
        if (in.completeness().units().isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(t("reports.bulletin.nothing-due")));
            return;
        }
        rates(
                t("reports.bulletin.completeness"),
                t("reports.bulletin.unit"),
                in.completeness().units());
        rates(
                t("reports.bulletin.completeness-regions"),
                t("reports.bulletin.region"),
                in.completeness().regions());
    }

    private void rates(String caption, String who, List<Rate> rates) {
        List<List<String>> rows = new ArrayList<>();
        for (Rate r : rates) {
            rows.add(List.of(
                    r.name(),
                    Integer.toString(r.due()),
                    Integer.toString(r.submitted()),
                    Integer.toString(r.onTime()),
                    r.due() == 0 ? "—" : String.format(Locale.ROOT, "%.0f%%", 100.0 * r.onTime() / r.due())));
        }
        blocks.add(new ReportDocument.Table(
                caption,
                List.of(
                        who,
                        t("reports.bulletin.due"),
                        t("reports.bulletin.submitted"),
                        t("reports.bulletin.on-time-count"),
                        t("reports.bulletin.completeness-rate")),
                rows));
    }

    private String taskCode(long id) {
        return in.tasks().stream()
                .filter(t -> t.id() == id)
                .map(Task::code)
                .findFirst()
                .orElse("#" + id);
    }

    private String unit(String code) {
        return code == null ? t("reports.bulletin.unassigned") : in.unitNames().getOrDefault(code, code);
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
