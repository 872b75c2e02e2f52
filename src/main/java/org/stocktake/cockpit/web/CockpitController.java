package org.stocktake.cockpit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.indicators.Indicator;
import org.stocktake.plan.PlanDocument;
import org.stocktake.regions.Boundaries;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/** The cockpit pages: 总览, the map, region pages and comparisons, rankings, indicator pages. */
@Controller
class CockpitController {

    private final CockpitReadModel cockpit;
    private final MapReadModel maps;
    private final RegionReadModel regions;
    private final IndicatorReadModel indicators;
    private final TaskLightsReadModel tasks;
    private final MatrixReadModel matrices;

    CockpitController(
            CockpitReadModel cockpit,
            MapReadModel maps,
            RegionReadModel regions,
            IndicatorReadModel indicators,
            TaskLightsReadModel tasks,
            MatrixReadModel matrices) {
        this.matrices = matrices;
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

    /**
     * The map of an indicator, coloured by value or by verdict; by verdict the prefectures take
     * the colour of their verdict on a chosen target (its indicator's values are shown beside),
     * by default the first target on the indicator that the prefectures are judged on.
     */
    @GetMapping("/map")
    String map(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String group,
            @RequestParam(defaultValue = "value") String by,
            @RequestParam(required = false) String target,
            Model model,
            Locale locale) {
        boolean byVerdict = "verdict".equals(by);
        VerdictMatrix matrix = byVerdict ? matrices.matrix(null) : null;
        PlanDocument.Target chosen = byVerdict ? chosenTarget(matrix, target, indicator) : null;
        String shown = chosen != null ? chosen.indicator() : indicator;
        IndicatorMap plain = maps.map(shown, period);
        IndicatorMap m = chosen == null ? plain : maps.withVerdictsOf(plain, null, chosen.code());
        List<Indicator> choices = new ArrayList<>(maps.indicators());
        if (choices.stream().noneMatch(i -> i.code().equals(m.indicator().code()))) {
            choices.add(m.indicator());
        }
        model.addAttribute("m", m);
        model.addAttribute("indicators", choices);
        model.addAttribute(
                "group",
                m.groups().stream()
                        .filter(g -> g.code().equals(group))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("by", byVerdict ? "verdict" : "value");
        model.addAttribute("targets", matrix == null ? List.of() : matrix.columns());
        model.addAttribute("target", chosen);
        model.addAttribute("mapData", MapJson.of(m, group, locale));
        model.addAttribute("classes", CockpitReadModel.SEVERITY);
        model.addAttribute("attribution", Boundaries.ATTRIBUTION);
        return "map";
    }

    /** The target asked for, else the first target on the indicator that prefectures are judged on; null for none. */
    private PlanDocument.Target chosenTarget(VerdictMatrix matrix, String target, String indicator) {
        if (!blank(target)) {
            PlanDocument.Target t = matrices.judgedTarget(null, target.trim());
            if (t == null) {
                throw new InvalidInputException(
                        "target", List.of(Problem.of("target", "verdicts.page.no-target", target)));
            }
            return t;
        }
        String code = blank(indicator) ? null : indicator.trim();
        return matrix.columns().stream()
                .map(c -> matrices.judgedTarget(null, c.code()))
                .filter(t -> t != null && (code == null || code.equals(t.indicator())))
                .findFirst()
                .orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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
        model.addAttribute("tasks", tasks.lightsOfRegion(cockpit.cockpit(null).plan(), code));
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
