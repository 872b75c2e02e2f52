package org.stocktake.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.assessment.Method;
import org.stocktake.assessment.Ranks;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.observations.Observation;
import org.stocktake.observations.ObservationService;
import org.stocktake.plan.PlanDocument;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.Period;
import org.stocktake.shared.RegionLevel;
import org.stocktake.supervision.ReportingRate;
import org.stocktake.supervision.ReportingRates;
import org.stocktake.supervision.ScoreService;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.TaskFilter;
import org.stocktake.supervision.TaskService;
import org.stocktake.verdicts.VerdictService;

/** Builds the reports that go to leadership and writes them as PDF, DOCX or XLSX. */
@Service
public class ReportService {

    private static final String MAP_INDICATOR = "gdp";
    private static final Actor ANONYMOUS = new Actor("anonymous", org.stocktake.accounts.Role.VIEWER, null, null);

    private final VerdictService verdicts;
    private final ObservationService observations;
    private final RegionService regions;
    private final IndicatorService indicators;
    private final Clock clock;
    private final ReportWriter writer;
    private final TaskService tasks;
    private final SupervisionService supervision;
    private final ScoreService scores;
    private final AccountService accounts;

    private final org.stocktake.enclaves.EnclaveService enclaves;

    ReportService(
            VerdictService verdicts,
            ObservationService observations,
            RegionService regions,
            IndicatorService indicators,
            Clock clock,
            @Value("${stocktake.reports.font:}") String font,
            TaskService tasks,
            SupervisionService supervision,
            ScoreService scores,
            AccountService accounts,
            org.stocktake.enclaves.EnclaveService enclaves) {
        this.enclaves = enclaves;
        this.tasks = tasks;
        this.supervision = supervision;
        this.scores = scores;
        this.accounts = accounts;
        this.verdicts = verdicts;
        this.observations = observations;
        this.regions = regions;
        this.indicators = indicators;
        this.clock = clock;
        this.writer = new ReportWriter(font);
    }

    /** 实施效果评估报告 of a plan as of a year, in the given language. */
    public ReportDocument evaluation(String planCode, int asOf, Locale locale) {
        PlanDocument plan = verdicts.plan(planCode);
        var inputs = new EvaluationReport.Inputs(
                plan,
                asOf,
                LocalDate.now(clock),
                verdicts.assess(plan, asOf, Method.SCHEDULE),
                indicator -> observations.find(indicator, plan.region()),
                indicator -> indicators.find(indicator).map(i -> i.unit()).orElse(""),
                prefectures(asOf, locale),
                enclaves.inForce(asOf, locale));
        return new EvaluationReport(inputs, locale).build();
    }

    /**
     * 督查通报 of a plan for a month ({@code YYYY-MM}), in the given language. It names every unit's
     * red tasks, supervision records with the units' replies and scores, so only an actor who sees
     * every unit (coordinator, leader, viewer, administrator) may have it.
     */
    public ReportDocument bulletin(Actor actor, String planCode, YearMonth month, Locale locale) {
        if (actor == null || !actor.seesAllUnits()) {
            throw new NotPermittedException(actor == null ? ANONYMOUS : actor, "refused.bulletin");
        }
        PlanDocument plan = verdicts.plan(planCode);
        Map<String, String> unitNames = new LinkedHashMap<>();
        accounts.units().forEach(u -> unitNames.put(u.code(), u.name().in(locale)));
        plan.units().forEach(u -> unitNames.putIfAbsent(u.code(), u.name().in(locale)));
        var inputs = new BulletinReport.Inputs(
                plan.title().in(locale),
                month,
                LocalDate.now(clock),
                tasks.list(actor, new TaskFilter(plan.code(), null, null, null, null)),
                supervision.records(actor, null),
                scores.scores(plan.code()),
                unitNames,
                reportingCompleteness(plan.code(), month, locale));
        return new BulletinReport(inputs, locale).build();
    }

    /**
     * The bulletin's 报送情况: each unit's and region's progress reports due in the month, and how many
     * came in and on time, from the supervision module's reporting rates.
     */
    private BulletinReport.Completeness reportingCompleteness(String planCode, YearMonth month, Locale locale) {
        ReportingRates rates = scores.reportingRates(planCode, month.atDay(1), month.atEndOfMonth());
        return new BulletinReport.Completeness(rates(rates.units(), locale), rates(rates.regions(), locale));
    }

    private static List<BulletinReport.Rate> rates(List<ReportingRate> rates, Locale locale) {
        return rates.stream()
                .map(r -> new BulletinReport.Rate(r.name().in(locale), r.due(), r.submitted(), r.onTime()))
                .toList();
    }

    /** The year a plan's reports are made as of today: this year, but not past the plan's end. */
    public int currentAsOf(String planCode) {
        return verdicts.currentAsOf(verdicts.plan(planCode));
    }

    public byte[] write(ReportDocument report, ReportFormat format) {
        return writer.write(report, format);
    }

    /**
     * The map indicator for every prefecture: each prefecture's latest value up to {@code asOf}, so a
     * new value for one prefecture changes that prefecture alone and never hides the others.
     */
    private EvaluationReport.PrefectureFigures prefectures(int asOf, Locale locale) {
        List<Region> prefectures = regions.all().stream()
                .filter(r -> r.level() == RegionLevel.PREFECTURE)
                .toList();
        Map<String, String> names = new LinkedHashMap<>();
        prefectures.forEach(r -> names.put(r.code(), r.name().in(locale)));
        List<Observation> values = observations.find(MAP_INDICATOR, null).stream()
                .filter(o -> names.containsKey(o.region())
                        && Period.yearly(o.period())
                        && Integer.parseInt(o.period()) <= asOf)
                .toList();
        var indicator = indicators.find(MAP_INDICATOR).orElseThrow();
        return new EvaluationReport.PrefectureFigures(
                indicator.name().in(locale),
                indicator.unit(),
                latestByRegion(values),
                names,
                Ranks.higherIsBetter(indicator.polarity()));
    }

    /** Each region's value of its latest year, in the order the regions first appear. */
    static Map<String, EvaluationReport.Latest> latestByRegion(List<Observation> yearly) {
        Map<String, EvaluationReport.Latest> latest = new LinkedHashMap<>();
        for (Observation o : yearly) {
            EvaluationReport.Latest seen = latest.get(o.region());
            if (seen == null || Integer.parseInt(seen.period()) < Integer.parseInt(o.period())) {
                latest.put(
                        o.region(),
                        new EvaluationReport.Latest(o.period(), o.value().doubleValue()));
            }
        }
        return latest;
    }
}
