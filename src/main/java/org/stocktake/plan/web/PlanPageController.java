package org.stocktake.plan.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.plan.PlanService;

/** The plan as a tree: parts, articles, each article's measures. */
@Controller
class PlanPageController {

    private final PlanService plans;

    PlanPageController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/plan")
    String plan(@RequestParam(required = false) String plan, Model model) {
        model.addAttribute("plan", plans.document(plan));
        return "plan";
    }
}
