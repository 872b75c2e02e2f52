package org.stocktake.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
                unitNames);
        return new BulletinReport(inputs, locale).build();
    }

    /** The year a plan's reports are made as of today: this year, but not past the plan's end. */
    public int currentAsOf(String planCode) {
        return verdicts.currentAsOf(verdicts.plan(planCode));
    }

    public byte[] write(ReportDocument report, ReportFormat format) {
        return writer.write(report, format);
    }

    /** The map indicator up to {@code asOf}, in the year chosen by {@link #prefectureYear}. */
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
        String year = prefectureYear(
                values.stream().collect(Collectors.groupingBy(Observation::period, Collectors.counting())),
                names.size());
        if (year == null) {
            return null;
        }
        Map<String, Double> byRegion = values.stream()
                .filter(o -> o.period().equals(year))
                .collect(Collectors.toMap(Observation::region, o -> o.value().doubleValue()));
        var indicator = indicators.find(MAP_INDICATOR).orElseThrow();
        return new EvaluationReport.PrefectureFigures(
                indicator.name().in(locale),
                indicator.unit(),
                year,
                byRegion,
                names,
                Ranks.higherIsBetter(indicator.polarity()));
    }

    /**
     * The year of the prefecture section: the latest year in which more than half of the
     * prefectures have a value; when no year has that many, the year most prefectures have (the
     * later one on a tie). Never the newest year because a single prefecture has published.
     */
    static String prefectureYear(Map<String, Long> prefecturesByYear, int prefectures) {
        Comparator<Map.Entry<String, Long>> byYear = Map.Entry.comparingByKey();
        return prefecturesByYear.entrySet().stream()
                .filter(e -> e.getValue() * 2 > prefectures)
                .max(byYear)
                .or(() -> prefecturesByYear.entrySet().stream()
                        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(byYear)))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
