package org.stocktake.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.data.Observation;
import org.stocktake.data.ObservationService;
import org.stocktake.indicators.Indicator;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanService;
import org.stocktake.regions.Boundaries;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionGroup;
import org.stocktake.regions.RegionService;

/** The JSON API: plans, targets, regions, indicators and observations. Errors are RFC 9457 problems. */
@RestController
@RequestMapping("/api/v1")
class ApiController {

    private final PlanService plans;
    private final PlanReadModel planReadModel;
    private final RegionService regions;
    private final IndicatorService indicators;
    private final ObservationService observations;

    ApiController(PlanService plans, PlanReadModel planReadModel, RegionService regions,
            IndicatorService indicators, ObservationService observations) {
        this.plans = plans;
        this.planReadModel = planReadModel;
        this.regions = regions;
        this.indicators = indicators;
        this.observations = observations;
    }

    @GetMapping("/plans")
    List<Map<String, Object>> plans() {
        return plans.planCodes().stream().map(code -> {
            PlanDocument p = planReadModel.plan(code);
            return Map.<String, Object>of("code", p.code(), "title", p.title(), "start_year", p.startYear(),
                    "end_year", p.endYear(), "articles", p.articles().size(), "targets", p.targets().size());
        }).toList();
    }

    @GetMapping("/plans/{code}")
    PlanDocument plan(@PathVariable String code) {
        return planReadModel.plan(code);
    }

    @GetMapping("/targets")
    List<TargetRow> targets(@RequestParam(required = false) String plan, Locale locale) {
        return planReadModel.targets(plan, locale);
    }

    @GetMapping("/regions")
    List<Region> regions(@RequestParam(required = false) String level) {
        return regions.all().stream().filter(r -> level == null || r.level().code().equals(level)).toList();
    }

    @GetMapping("/regions/groups")
    List<RegionGroup> groups() {
        return regions.groups();
    }

    @GetMapping(value = "/regions/boundaries", produces = MediaType.APPLICATION_JSON_VALUE)
    String boundaries() {
        return Boundaries.hunanPrefectures();
    }

    @GetMapping("/indicators")
    List<Indicator> indicators() {
        return indicators.all();
    }

    @GetMapping("/observations")
    List<Observation> observations(@RequestParam(required = false) String indicator,
            @RequestParam(required = false) String region) {
        return observations.find(indicator, region);
    }

}
