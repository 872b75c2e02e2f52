package org.stocktake.web;

import org.stocktake.shared.RegionLevel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.data.Observation;
import org.stocktake.data.ObservationService;
import org.stocktake.plan.PlanDocument;
import org.stocktake.regions.Boundaries;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;

/** The first pages: home, the plan as a tree, the targets table, regions with a map. */
@Controller
class PageController {

    private final PlanReadModel planReadModel;
    private final RegionService regions;
    private final ObservationService observations;

    PageController(PlanReadModel planReadModel, RegionService regions, ObservationService observations) {
        this.planReadModel = planReadModel;
        this.regions = regions;
        this.observations = observations;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String plan, Model model, Locale locale) {
        PlanDocument document = planReadModel.plan(plan);
        List<TargetRow> targets = planReadModel.targets(plan, locale);
        model.addAttribute("plan", document);
        model.addAttribute("headline", targets.stream().filter(TargetRow::quantitative).toList());
        model.addAttribute("targetCount", targets.size());
        model.addAttribute("regionCount", regions.all().size());
        model.addAttribute("observationCount", observations.count());
        return "home";
    }

    @GetMapping("/plan")
    String plan(@RequestParam(required = false) String plan, Model model) {
        model.addAttribute("plan", planReadModel.plan(plan));
        return "plan";
    }

    @GetMapping("/targets")
    String targets(@RequestParam(required = false) String plan, Model model, Locale locale) {
        model.addAttribute("plan", planReadModel.plan(plan));
        model.addAttribute("targets", planReadModel.targets(plan, locale));
        return "targets";
    }

    @GetMapping("/regions")
    String regions(Model model, Locale locale) {
        List<Region> all = regions.all();
        Map<String, List<Region>> counties = all.stream().filter(r -> r.level() == RegionLevel.COUNTY)
                .collect(Collectors.groupingBy(Region::parentCode, TreeMap::new, Collectors.toList()));
        List<Region> prefectures = all.stream().filter(r -> r.level() == RegionLevel.PREFECTURE).toList();
        model.addAttribute("prefectures", prefectures);
        model.addAttribute("prefectureNames", prefectures.stream()
                .collect(Collectors.toMap(Region::code, r -> r.name().in(locale))));
        model.addAttribute("counties", counties);
        model.addAttribute("groups", regions.groups());
        model.addAttribute("population", latest("resident_population"));
        model.addAttribute("attribution", Boundaries.ATTRIBUTION);
        return "regions";
    }

    /** The latest value per region of an indicator, for the map. */
    private Map<String, Observation> latest(String indicator) {
        return observations.find(indicator, null).stream().collect(Collectors.toMap(Observation::region, o -> o,
                (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b));
    }
}
