package org.stocktake.cockpit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stocktake.observations.Observation;
import org.stocktake.observations.ObservationService;
import org.stocktake.regions.Boundaries;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.RegionLevel;

/** The regions page: the prefecture map coloured by the latest resident population, groups, prefectures and counties. */
@Controller
class RegionPageController {

    private final RegionService regions;
    private final ObservationService observations;

    RegionPageController(RegionService regions, ObservationService observations) {
        this.regions = regions;
        this.observations = observations;
    }

    @GetMapping("/regions")
    String regions(Model model, Locale locale) {
        List<Region> all = regions.all();
        Map<String, List<Region>> counties = all.stream()
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .collect(Collectors.groupingBy(Region::parentCode, TreeMap::new, Collectors.toList()));
        List<Region> prefectures =
                all.stream().filter(r -> r.level() == RegionLevel.PREFECTURE).toList();
        model.addAttribute("prefectures", prefectures);
        model.addAttribute(
                "prefectureNames",
                prefectures.stream()
                        .collect(Collectors.toMap(Region::code, r -> r.name().in(locale))));
        model.addAttribute("counties", counties);
        model.addAttribute("groups", regions.groups());
        model.addAttribute(
                "regionNames",
                all.stream()
                        .collect(Collectors.toMap(Region::code, r -> r.name().in(locale))));
        model.addAttribute("population", latest("resident_population"));
        model.addAttribute("attribution", Boundaries.ATTRIBUTION);
        return "regions";
    }

    /** The latest value per region of an indicator, for the map. */
    private Map<String, Observation> latest(String indicator) {
        return observations.find(indicator, null).stream()
                .collect(Collectors.toMap(
                        Observation::region, o -> o, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b));
    }
}
