package org.stocktake.cockpit.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.accounts.Navigation;
import org.stocktake.observations.ObservationService;
import org.stocktake.regions.RegionService;

/** The start address (each role's landing page), the public home page (what the plan is, its counts, the quantitative targets) and the targets table with verdicts. */
@Controller
class HomeController {

    private final PlanReadModel planReadModel;
    private final RegionService regions;
    private final ObservationService observations;
    private final Navigation navigation;

    HomeController(
            PlanReadModel planReadModel,
            RegionService regions,
            ObservationService observations,
            Navigation navigation) {
        this.navigation = navigation;
        this.planReadModel = planReadModel;
        this.regions = regions;
        this.observations = observations;
    }

    /**
     * At {@code /} a logged-in user goes to their role's landing page ({@link Navigation#landing});
     * everyone else, and anyone at {@code /home}, reads the public home.
     */
    @GetMapping("/")
    String start(Principal principal, @RequestParam(required = false) String plan, Model model, Locale locale) {
        if (principal != null && plan == null) {
            String landing = navigation.landingOf(principal.getName());
            if (!"/".equals(landing)) {
                return "redirect:" + landing;
            }
        }
        return home(plan, model, locale);
    }

    @GetMapping("/home")
    String home(@RequestParam(required = false) String plan, Model model, Locale locale) {
        List<TargetRow> targets = planReadModel.targets(plan, locale);
        model.addAttribute("plan", planReadModel.plan(plan));
        model.addAttribute(
                "headline", targets.stream().filter(TargetRow::quantitative).toList());
        model.addAttribute("targetCount", targets.size());
        model.addAttribute("regionCount", regions.all().size());
        model.addAttribute("observationCount", observations.count());
        return "home";
    }

    @GetMapping("/targets")
    String targets(@RequestParam(required = false) String plan, Model model, Locale locale) {
        model.addAttribute("plan", planReadModel.plan(plan));
        model.addAttribute("targets", planReadModel.targets(plan, locale));
        return "targets";
    }
}
