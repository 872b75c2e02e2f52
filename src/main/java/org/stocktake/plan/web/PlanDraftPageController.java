package org.stocktake.plan.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanFiles;
import org.stocktake.plan.PlanService;
import org.stocktake.plan.reading.Gazetteer;
import org.stocktake.plan.reading.PolicyDocuments;
import org.stocktake.plan.reading.PolicyReader;
import org.stocktake.plan.reading.Reading;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;

/**
 * Upload a policy document, see its text with every found item marked beside the draft, keep,
 * correct or delete each target, add passages selected in the text, map new units to the
 * platform's units, and save: the existing all-or-nothing plan import.
 */
@Controller
class PlanDraftPageController {

    /** A run of the document's text; {@code kind} is null, or what was found there (target, unit, deadline). */
    record Segment(String text, String kind) {}

    private static final String PAGE = "plan-draft";

    private final PlanService plans;
    private final Clock clock;

    PlanDraftPageController(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/plan/draft")
    String form() {
        return PAGE;
    }

    @PostMapping("/plan/draft")
    String read(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload.txt" : file.getOriginalFilename();
        String text;
        try {
            text = PolicyDocuments.text(name, file.getBytes());
        } catch (PolicyDocuments.Unreadable e) {
            model.addAttribute("refused", Messages.text(e.reason(), e.args()));
            model.addAttribute("file", name);
            return PAGE;
        }
        Reading reading = PolicyReader.read(text);
        String code = name.replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_.-]", "-");
        var options = new PolicyReader.DraftOptions(
                code.isEmpty() || !Character.isLetterOrDigit(code.charAt(0)) ? "draft" + code : code,
                null,
                "430000",
                new Gazetteer(knownUnits()),
                Year.now(clock).getValue());
        PlanDocument draft = PolicyReader.draft(text, options);
        show(model, draft, segments(text, reading));
        return PAGE;
    }

    @PostMapping("/plan/draft/save")
    String save(@RequestParam("yaml") String yaml, @RequestParam MultiValueMap<String, String> form, Model model) {
        PlanDocument draft = plans.validate("draft", yaml);
        try {
            PlanDocument edited = DraftEdits.apply(draft, form, knownUnits());
            var imported = plans.importPlan(edited.code(), PlanFiles.write(edited));
            return "redirect:/plan?plan=" + imported.code();
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            show(model, draft, List.of(new Segment(form.getFirst("text") == null ? "" : form.getFirst("text"), null)));
            return PAGE;
        }
    }

    private void show(Model model, PlanDocument draft, List<Segment> segments) {
        model.addAttribute("draft", draft);
        model.addAttribute("yaml", PlanFiles.write(draft));
        model.addAttribute("segments", segments);
        model.addAttribute("text", segments.stream().map(Segment::text).reduce("", String::concat));
        model.addAttribute(
                "newUnits",
                draft.units().stream()
                        .filter(u -> u.code().startsWith("U-NEW-"))
                        .toList());
        model.addAttribute("knownUnits", knownUnits());
    }

    private List<PlanDocument.Unit> knownUnits() {
        Map<String, PlanDocument.Unit> units = new LinkedHashMap<>();
        for (String code : plans.planCodes()) {
            plans.plan(code).ifPresent(p -> p.units().forEach(u -> units.putIfAbsent(u.code(), u)));
        }
        return List.copyOf(units.values());
    }

    /** The text cut into runs, each found item marked by its kind; where items overlap, targets win, then units. */
    static List<Segment> segments(String text, Reading reading) {
        List<int[]> found = new ArrayList<>();
        reading.targets().forEach(t -> found.add(span(text, t.offset(), t.quote(), 0)));
        reading.responsibleUnits().forEach(u -> found.add(span(text, u.offset(), u.quote(), 1)));
        reading.deadlines().forEach(d -> found.add(span(text, d.offset(), d.quote(), 2)));
        List<int[]> marks = new ArrayList<>();
        for (int[] f : found) {
            if (marks.stream().noneMatch(m -> f[0] < m[1] && m[0] < f[1])) {
                marks.add(f);
            }
        }
        marks.sort(Comparator.comparingInt((int[] m) -> m[0]));
        String[] kinds = {"target", "unit", "deadline"};
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (int[] m : marks) {
            if (m[0] > at) {
                out.add(new Segment(text.substring(at, m[0]), null));
            }
            out.add(new Segment(text.substring(m[0], m[1]), kinds[m[2]]));
            at = m[1];
        }
        out.add(new Segment(text.substring(at), null));
        return out;
    }

    private static int[] span(String text, int codePointOffset, String quote, int kind) {
        int start = text.offsetByCodePoints(0, codePointOffset);
        return new int[] {start, start + quote.length(), kind};
    }
}
