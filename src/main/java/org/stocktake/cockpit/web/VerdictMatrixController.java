package org.stocktake.cockpit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region × target verdict matrix ({@code /matrix}) and the prefectures ranked by verdict
 * score ({@code /rankings/verdicts}), both from the stored verdicts.
 */
@Controller
class VerdictMatrixController {

    private final MatrixReadModel matrices;

    VerdictMatrixController(MatrixReadModel matrices) {
        this.matrices = matrices;
    }

    @GetMapping("/matrix")
    String matrix(@RequestParam(required = false) String plan, Model model) {
        model.addAttribute("x", matrices.matrix(plan));
        model.addAttribute("classes", CockpitReadModel.SEVERITY);
        return "matrix";
    }

    @GetMapping("/rankings/verdicts")
    String rankings(@RequestParam(required = false) String plan, Model model, Locale locale) {
        VerdictMatrix x = matrices.matrix(plan);
        model.addAttribute("x", x);
        model.addAttribute("scoreData", scoreJson(x, locale));
        return "verdict-rankings";
    }

    /** The ranked prefectures as plain JSON for the bar chart, names in the page's language. */
    private static List<Map<String, Object>> scoreJson(VerdictMatrix x, Locale locale) {
        return x.ranked().stream()
                .map(r -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("code", r.code());
                    json.put("name", r.name().in(locale));
                    json.put("score", r.score());
                    json.put("rank", r.rank());
                    json.put("tied", r.tied());
                    json.put("counted", r.counted());
                    return json;
                })
                .toList();
    }
}
