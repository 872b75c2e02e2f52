package org.stocktake.households.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Callers;
import org.stocktake.households.CasesService;
import org.stocktake.households.HouseholdsService;

/** The pages: aggregates for every region the caller covers; a county's list and households for its own users. */
@Controller
class HouseholdsPageController {

    private final HouseholdsService households;
    private final CasesService cases;
    private final Callers callers;

    HouseholdsPageController(HouseholdsService households, CasesService cases, Callers callers) {
        this.households = households;
        this.cases = cases;
        this.callers = callers;
    }

    @GetMapping("/households")
    String figures(Principal p, @RequestParam(required = false) String region, Model model) {
        Actor actor = callers.of(p);
        // by default the caller's own region (a county's users see their county), else the province
        String shown = region != null ? region : actor.region() != null ? actor.region() : "430000";
        model.addAttribute("figures", households.figures(actor, shown));
        return "households";
    }

    @GetMapping("/households/list")
    String list(Principal p, Model model) {
        model.addAttribute("rows", households.households(callers.of(p)));
        return "households-list";
    }

    @GetMapping("/households/{code}")
    String household(Principal p, @PathVariable String code, Model model) {
        model.addAttribute("h", households.household(callers.of(p), code));
        model.addAttribute("measureTypes", cases.measureTypes());
        return "household";
    }
}
