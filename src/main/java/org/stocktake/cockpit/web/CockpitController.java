package org.stocktake.cockpit.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.regions.Boundaries;

/** The cockpit pages: 总览, the map, region pages and comparisons, rankings, indicator pages. */
@Controller
class CockpitController {

    private final CockpitReadModel cockpit;
    private final MapReadModel maps;
    private final RegionReadModel regions;
    private final IndicatorReadModel indicators;
    private final TaskLightsReadModel tasks;

    CockpitController(
            CockpitReadModel cockpit,
            MapReadModel maps,
            RegionReadModel regions,
            IndicatorReadModel indicators,
            TaskLightsReadModel tasks) {
        this.cockpit = cockpit;
        this.maps = maps;
        this.regions = regions;
        this.indicators = indicators;
        this.tasks = tasks;
    }

    @GetMapping("/cockpit")
    String cockpit(@RequestParam(required = false) String plan, Model model) {
        Cockpit c = cockpit.cockpit(plan);
        model.addAttribute("c", c);
        model.addAttribute("tasks", tasks.lights(c.plan()));
        return "cockpit";
    }

    @GetMapping("/map")
    String map(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String group,
            @RequestParam(defaultValue = "value") String by,
            Model model,
            Locale locale) {
        IndicatorMap m = maps.map(indicator, period);
        model.addAttribute("m", m);
        model.addAttribute("indicators", maps.indicators());
        model.addAttribute(
                "group",
                m.groups().stream()
                        .filter(g -> g.code().equals(group))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("by", "verdict".equals(by) ? "verdict" : "value");
        model.addAttribute("mapData", MapJson.of(m, group, locale));
        model.addAttribute("classes", CockpitReadModel.SEVERITY);
        model.addAttribute("attribution", Boundaries.ATTRIBUTION);
        return "map";
    }

    @GetMapping("/rankings")
    String rankings(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String period,
            Model model,
            Locale locale) {
        IndicatorMap m = maps.map(indicator, period);
        model.addAttribute("m", m);
        model.addAttribute("indicators", maps.indicators());
        model.addAttribute("mapData", MapJson.of(m, null, locale));
        return "rankings";
    }

    @GetMapping("/regions/{code:\\d{6}}")
    String region(@PathVariable String code, Model model) {
        model.addAttribute("p", regions.profile(code));
        return "region";
    }

    @GetMapping("/regions/compare")
    String compare(
            @RequestParam(defaultValue = "430100") String a,
            @RequestParam(defaultValue = "430200") String b,
            Model model) {
        RegionProfile pa = regions.profile(a);
        RegionProfile pb = regions.profile(b);
        model.addAttribute("a", pa);
        model.addAttribute("b", pb);
        model.addAttribute("codes", regions.shared(pa, pb));
        model.addAttribute("choices", regions.choices());
        return "compare";
    }

    @GetMapping("/indicators/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String region, Model model) {
        IndicatorSeries s = indicators.series(code, region);
        model.addAttribute("s", s);
        model.addAttribute("regions", indicators.regionsWithData(code));
        return "indicator";
    }
}
