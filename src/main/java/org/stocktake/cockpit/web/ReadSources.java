package org.stocktake.cockpit.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.stocktake.assessment.Method;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.observations.ObservationService;
import org.stocktake.plan.PlanDocument;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.RegionLevel;
import org.stocktake.verdicts.RegionVerdict;
import org.stocktake.verdicts.VerdictService;

/**
 * What the cockpit pages read, each loaded once per data change through the {@link ReadCache}:
 * the observation index, the stored verdicts, the plan and the time of the last data load.
 */
@Component
class ReadSources {

    private final ReadCache cache;
    private final PlanReadModel plans;
    private final RegionService regions;
    private final IndicatorService indicators;
    private final ObservationService observations;
    private final VerdictService verdicts;

    ReadSources(
            ReadCache cache,
            PlanReadModel plans,
            RegionService regions,
            IndicatorService indicators,
            ObservationService observations,
            VerdictService verdicts) {
        this.cache = cache;
        this.plans = plans;
        this.regions = regions;
        this.indicators = indicators;
        this.observations = observations;
        this.verdicts = verdicts;
    }

    ReadCache cache() {
        return cache;
    }

    DataIndex data() {
        return cache.get(
                "data", () -> new DataIndex(indicators.all(), regions.all(), regions.groups(), observations.all()));
    }

    /**
     * The series the cockpit's headlines show: each target's indicator in the scope regions, read
     * by a targeted read (never every value), once per data change.
     */
    private static final int FIRST_YEAR = 1949;

    DataIndex headlineData(PlanDocument plan) {
        return cache.get("headline-data|" + plan.code(), () -> {
            java.util.Set<String> codes = new java.util.LinkedHashSet<>();
            java.util.Set<String> scopes = new java.util.LinkedHashSet<>();
            plan.targets().forEach(t -> {
                if (t.indicator() != null) {
                    codes.add(t.indicator());
                    scopes.add(t.scope());
                }
            });
            return new DataIndex(
                    indicators.all(),
                    regions.all(),
                    regions.groups(),
                    observations.approvedYearly(codes, scopes, FIRST_YEAR, plan.endYear() + 10));
        });
    }

    /** One indicator's values in every region and period (a targeted read), once per data change. */
    DataIndex indicatorData(String indicator) {
        return cache.get(
                "indicator-data|" + indicator,
                () -> new DataIndex(
                        indicators.all(), regions.all(), regions.groups(), observations.find(indicator, null)));
    }

    /** Every defined indicator, in definition order. */
    List<org.stocktake.indicators.Indicator> definedIndicators() {
        return cache.get("indicators", indicators::all);
    }

    /**
     * Every published value of an indicator in a region, unconfirmed class C values included, each
     * with its provenance: for the sources list of the indicator page (the chart and the verdicts
     * use {@link #data()}, which leaves unconfirmed class C values out).
     */
    List<org.stocktake.observations.Observation> published(String indicator, String region) {
        return cache.get("published|" + indicator + "|" + region, () -> observations.published(indicator, region));
    }

    PlanDocument plan(String code) {
        return cache.get("plan|" + code, () -> plans.plan(code));
    }

    VerdictIndex verdicts(String planCode) {
        String code = plan(planCode).code();
        return cache.get("verdicts|" + code, () -> new VerdictIndex(verdicts.current(code)));
    }

    /** The first year of each new caliber of an indicator, as recorded (口径调整). */
    List<Integer> breakYears(String indicator) {
        return cache.get(
                "breaks|" + indicator,
                () -> indicators.breaks(indicator).stream()
                        .map(b -> b.from().year())
                        .distinct()
                        .sorted()
                        .toList());
    }

    /** Whether the indicator's values add up across regions, by its aggregation rule (the indicators module decides). */
    boolean additive(String indicator) {
        return cache.get("additive|" + indicator, () -> indicators.additive(indicator));
    }

    Optional<Instant> lastLoaded() {
        return cache.get("lastLoaded", observations::lastLoaded);
    }

    /**
     * The stored verdicts of one target in every region it is judged in (schedule method: the
     * scope region, each region with its own target, each benchmarked region), by region code;
     * a targeted read once per data change.
     */
    Map<String, RegionVerdict> targetVerdicts(String planCode, String target) {
        String code = plan(planCode).code();
        return cache.get(
                "target-verdicts|" + code + "|" + target,
                () -> schedule(verdicts.current(code, target, null), RegionVerdict::region));
    }

    /** The stored verdicts of every target in one region (schedule method), by target code. */
    Map<String, RegionVerdict> regionVerdicts(String planCode, String region) {
        String code = plan(planCode).code();
        return cache.get(
                "region-verdicts|" + code + "|" + region,
                () -> schedule(verdicts.current(code, null, region), RegionVerdict::target));
    }

    private static Map<String, RegionVerdict> schedule(
            List<RegionVerdict> stored, java.util.function.Function<RegionVerdict, String> key) {
        Map<String, RegionVerdict> out = new LinkedHashMap<>();
        for (RegionVerdict v : stored) {
            if (v.verdict().method() == Method.SCHEDULE) {
                out.merge(
                        key.apply(v),
                        v,
                        (a, b) -> a.verdict().asOf() >= b.verdict().asOf() ? a : b);
            }
        }
        return out;
    }

    /** The prefectures, in code order, once per data change. */
    List<Region> prefectures() {
        return cache.get(
                "prefectures",
                () -> regions.all().stream()
                        .filter(r -> r.level() == RegionLevel.PREFECTURE)
                        .sorted(java.util.Comparator.comparing(Region::code))
                        .toList());
    }

    /** The plan's targets on an indicator, in plan order. */
    List<PlanDocument.Target> targetsOn(String planCode, String indicator) {
        return plan(planCode).targets().stream()
                .filter(t -> indicator.equals(t.indicator()))
                .toList();
    }
}
