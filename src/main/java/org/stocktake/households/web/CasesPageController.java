package org.stocktake.households.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Callers;
import org.stocktake.households.CasesService;
import org.stocktake.platform.Forms;
import org.stocktake.shared.InvalidInputException;

/**
 * The case pages of a county's own users: the clues from department screening (start a
 * verification, or close as not at risk with a reason), one procedure with its next step, the role
 * that owns it, the step form and the steps done; a household's measures and its removal.
 */
@Controller
class CasesPageController {

    private final CasesService cases;
    private final Callers callers;

    CasesPageController(CasesService cases, Callers callers) {
        this.cases = cases;
        this.callers = callers;
    }

    @GetMapping("/households/cases")
    String cases(Principal p, Model model) {
        Actor actor = callers.of(p);
        model.addAttribute("clues", cases.clues(actor));
        model.addAttribute("procedures", cases.procedures(actor));
        return "households-cases";
    }

    @PostMapping("/households/clues/{id}/identification")
    String identify(Principal p, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        long[] opened = {0};
        String back = Forms.act("/households/cases", redirect, locale, () -> {
            opened[0] = cases.startIdentification(callers.of(p), id);
        });
        return opened[0] == 0 ? back : "redirect:/households/procedures/" + opened[0];
    }

    @PostMapping("/households/clues/{id}/not-at-risk")
    String notAtRisk(
            Principal p,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return Forms.act("/households/cases", redirect, locale, () -> cases.closeNotAtRisk(callers.of(p), id, reason));
    }

    @GetMapping("/households/procedures/{id}")
    String procedure(Principal p, @PathVariable long id, Model model) {
        Actor actor = callers.of(p);
        model.addAttribute("proc", cases.procedure(actor, id));
        model.addAttribute("steps", cases.steps(actor, id));
        return "households-procedure";
    }

    @PostMapping("/households/procedures/{id}/step")
    String step(
            Principal p,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String document,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String villageCode,
            @RequestParam(defaultValue = "") String villageName,
            @RequestParam(defaultValue = "sudden") String category,
            RedirectAttributes redirect,
            Locale locale) {
        CasesService.NewHousehold created =
                code.isBlank() ? null : new CasesService.NewHousehold(code, villageCode, villageName, category);
        return Forms.act(
                "/households/procedures/" + id,
                redirect,
                locale,
                () -> cases.step(callers.of(p), id, document, created));
    }

    @PostMapping("/households/{code}/measures")
    String measure(
            Principal p,
            @PathVariable String code,
            @RequestParam(defaultValue = "") String type,
            RedirectAttributes redirect,
            Locale locale) {
        return Forms.act(
                "/households/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8),
                redirect,
                locale,
                () -> cases.addMeasure(callers.of(p), code, type, null));
    }

    /** Refused when a condition does not hold: back to the household with each unmet condition in words. */
    @PostMapping("/households/{code}/removal")
    String removal(Principal p, @PathVariable String code, RedirectAttributes redirect, Locale locale) {
        try {
            return "redirect:/households/procedures/" + cases.startRemoval(callers.of(p), code);
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(
                    "unmet",
                    refused.problems().stream().map(pr -> pr.message(locale)).toList());
            return "redirect:/households/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
        }
    }
}
