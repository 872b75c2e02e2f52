package org.stocktake.evaluation.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.stocktake.evaluation.CompositeResult;
import org.stocktake.evaluation.CompositeService;

/** Composite evaluations: the ranking table and the rank intervals of the uncertainty analysis. */
@Controller
class EvaluationController {

    private final CompositeService composites;

    EvaluationController(CompositeService composites) {
        this.composites = composites;
    }

    @GetMapping("/evaluation")
    String page(@RequestParam(defaultValue = "prefectures") String subjects, Model model, Locale locale) {
        model.addAttribute("subjects", "parks".equals(subjects) ? "parks" : "prefectures");
        model.addAttribute("result", result(subjects, locale));
        return "evaluation";
    }

    @GetMapping("/api/v1/evaluations/{subjects}")
    @ResponseBody
    CompositeResult api(@org.springframework.web.bind.annotation.PathVariable String subjects, Locale locale) {
        return result(subjects, locale);
    }

    private CompositeResult result(String subjects, Locale locale) {
        return "parks".equals(subjects) ? composites.parks(locale) : composites.prefectures(locale);
    }
}
