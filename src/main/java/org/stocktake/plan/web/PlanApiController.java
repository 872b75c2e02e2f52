package org.stocktake.plan.web;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanService;

/** The plans in JSON: the list and each plan whole. Errors are RFC 9457 problems. */
@RestController
@RequestMapping("/api/v1")
class PlanApiController {

    private final PlanService plans;

    PlanApiController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/plans")
    List<Map<String, Object>> plans() {
        return plans.planCodes().stream()
                .map(code -> {
                    PlanDocument p = plans.document(code);
                    return Map.<String, Object>of(
                            "code",
                            p.code(),
                            "title",
                            p.title(),
                            "start_year",
                            p.startYear(),
                            "end_year",
                            p.endYear(),
                            "articles",
                            p.articles().size(),
                            "targets",
                            p.targets().size());
                })
                .toList();
    }

    @GetMapping("/plans/{code}")
    PlanDocument plan(@PathVariable String code) {
        return plans.document(code);
    }
}
