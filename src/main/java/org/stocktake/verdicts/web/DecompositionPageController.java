package org.stocktake.verdicts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Callers;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.TargetKind;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.RegionLevel;
import org.stocktake.verdicts.Decomposed;
import org.stocktake.verdicts.RegionTarget;
import org.stocktake.verdicts.VerdictService;

/**
 * The target decomposition page ({@code /plan/decomposition}): the region targets in force, a
 * form to upload a decomposition file (CSV or XLSX), imported all or nothing, every problem listed
 * in words with its row and column; and a form to set one region's target, which keeps what was
 * typed when it is refused and names the field of each problem. Who may is decided by the verdicts service: anyone
 * else gets a refusal in words (403).
 */
@Controller
class DecompositionPageController {

    /** Region targets listed on the page at most (a national decomposition has far more). */
    static final int SHOWN = 500;

    private final VerdictService verdicts;
    private final RegionService regions;
    private final Callers callers;

    DecompositionPageController(VerdictService verdicts, RegionService regions, Callers callers) {
        this.verdicts = verdicts;
        this.regions = regions;
        this.callers = callers;
    }

    /** One region target as the page lists it: names, not codes. */
    record Shown(
            LocalizedText target,
            LocalizedText region,
            String value,
            String unit,
            int year,
            String source,
            boolean example) {}

    /** A target that can be decomposed, with the code a file names it by. */
    record Decomposable(String code, LocalizedText title, String unit) {}

    @GetMapping("/plan/decomposition")
    String page(
            @RequestParam(required = false) String plan,
            Principal principal,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Actor actor = callers.orAnonymous(principal);
        try {
            verdicts.requireDecomposer(actor);
        } catch (NotPermittedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refused", e.message(locale));
        }
        return page(plan, model);
    }

    /** What the one-region form holds, kept when it is refused. */
    record RegionTargetForm(String target, String region, String value, String year, String source, String example) {

        static final RegionTargetForm EMPTY = new RegionTargetForm(null, null, null, null, null, null);

        Map<String, String> fields() {
            Map<String, String> fields = new java.util.HashMap<>();
            fields.put("target", orEmpty(target));
            fields.put("region", orEmpty(region));
            fields.put("value", orEmpty(value));
            fields.put("year", orEmpty(year));
            fields.put("source", orEmpty(source));
            fields.put("example", orEmpty(example));
            return fields;
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    @PostMapping("/plan/decomposition/region")
    String setOne(
            @RequestParam(required = false) String plan,
            @ModelAttribute RegionTargetForm form,
            Principal principal,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Actor actor = callers.orAnonymous(principal);
        try {
            Decomposed done = verdicts.setRegionTarget(actor, plan, form.fields());
            model.addAttribute("done", done);
            model.addAttribute("doneTargets", titles(verdicts.plan(plan), done.targets(), locale));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", form);
            model.addAttribute(
                    "formProblems",
                    e.problems().stream().map(p -> p.message(locale)).toList());
        } catch (NotPermittedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refused", e.message(locale));
        }
        return page(plan, model);
    }

    @PostMapping("/plan/decomposition")
    String upload(
            @RequestParam(required = false) String plan,
            @RequestParam("file") MultipartFile file,
            Principal principal,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Actor actor = callers.orAnonymous(principal);
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "upload"
                        : file.getOriginalFilename();
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            Decomposed done = verdicts.decompose(actor, plan, name, content);
            model.addAttribute("done", done);
            model.addAttribute("doneTargets", titles(verdicts.plan(plan), done.targets(), locale));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("fileName", name);
            model.addAttribute(
                    "problems",
                    e.problems().stream().map(p -> p.message(locale)).toList());
        } catch (NotPermittedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refused", e.message(locale));
        }
        return page(plan, model);
    }

    private String page(String planCode, Model model) {
        PlanDocument plan = verdicts.plan(planCode);
        Map<String, PlanDocument.Target> targets =
                plan.targets().stream().collect(Collectors.toMap(PlanDocument.Target::code, Function.identity()));
        Map<String, Region> known = regions.all().stream().collect(Collectors.toMap(Region::code, Function.identity()));
        List<RegionTarget> all = verdicts.regionTargets(plan.code());
        model.addAttribute("plan", plan);
        model.addAttribute("total", all.size());
        model.addAttribute(
                "rows",
                all.stream().limit(SHOWN).map(t -> shown(t, targets, known)).toList());
        model.addAttribute("anyExample", all.stream().anyMatch(RegionTarget::example));
        model.addAttribute(
                "decomposable",
                plan.targets().stream()
                        .filter(t -> t.indicator() != null && t.value() != null && t.kind() != TargetKind.QUALITATIVE)
                        .map(t -> new Decomposable(t.code(), t.title(), t.unit()))
                        .toList());
        model.addAttribute("shownAtMost", SHOWN);
        model.addAttribute(
                "regions",
                known.values().stream()
                        .filter(r -> r.level() != RegionLevel.PROVINCE)
                        .sorted(java.util.Comparator.comparing(Region::code))
                        .toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RegionTargetForm.EMPTY);
        }
        return "decomposition";
    }

    private static Shown shown(RegionTarget t, Map<String, PlanDocument.Target> targets, Map<String, Region> known) {
        PlanDocument.Target target = targets.get(t.target());
        Region region = known.get(t.region());
        return new Shown(
                target == null ? new LocalizedText(t.target(), t.target()) : target.title(),
                region == null ? new LocalizedText(t.region(), t.region()) : region.name(),
                t.value().stripTrailingZeros().toPlainString(),
                target == null || target.unit() == null ? "" : target.unit(),
                t.year(),
                t.source(),
                t.example());
    }

    private static String titles(PlanDocument plan, List<String> codes, Locale locale) {
        return codes.stream()
                .map(c -> plan.targets().stream()
                        .filter(t -> t.code().equals(c))
                        .map(t -> t.title().in(locale))
                        .findFirst()
                        .orElse(c))
                .collect(Collectors.joining(Messages.get(locale, "assessment.list")));
    }
}
