package org.stocktake.enclaves.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Callers;
import org.stocktake.enclaves.Agreement;
import org.stocktake.enclaves.AgreementDraft;
import org.stocktake.enclaves.EnclaveService;
import org.stocktake.enclaves.Ledger;
import org.stocktake.enclaves.SplitMethod;
import org.stocktake.enclaves.SplitRule;
import org.stocktake.enclaves.View;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.parks.ParkService;
import org.stocktake.platform.When;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.RegionLevel;

/** The agreements page with its form, the ledger in two views side by side, and its exports. */
@Controller
class EnclavePageController {

    private final EnclaveService enclaves;
    private final ParkService parks;
    private final RegionService regions;
    private final IndicatorService indicators;
    private final Callers callers;
    private final java.time.Clock clock;

    EnclavePageController(
            EnclaveService enclaves,
            ParkService parks,
            RegionService regions,
            IndicatorService indicators,
            Callers callers,
            java.time.Clock clock) {
        this.clock = clock;
        this.enclaves = enclaves;
        this.parks = parks;
        this.regions = regions;
        this.indicators = indicators;
        this.callers = callers;
    }

    /** An agreement as the page lists it. */
    record AgreementRow(
            String name,
            String sender,
            String host,
            String park,
            String document,
            String validity,
            List<String> rules) {}

    /** An option of a select: its value and label. */
    record Option(String value, String label) {}

    /** A ledger line as the page shows it. */
    record LineRow(
            String region,
            String indicator,
            String statistical,
            String assessment,
            String difference,
            List<String> agreements) {}

    @GetMapping("/enclaves")
    String agreements(Principal p, Locale locale, Model model) {
        return page(
                callers.of(p),
                locale,
                model,
                new AgreementDraft(
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        List.of(new AgreementDraft.RuleDraft("", "proportional", "", "", ""))),
                List.of());
    }

    @PostMapping("/enclaves")
    String record(
            Principal p,
            Locale locale,
            Model model,
            jakarta.servlet.http.HttpServletResponse response,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String sender,
            @RequestParam(defaultValue = "") String host,
            @RequestParam(defaultValue = "") String park,
            @RequestParam(defaultValue = "") String document,
            @RequestParam(defaultValue = "") String validFrom,
            @RequestParam(defaultValue = "") String validTo,
            @RequestParam(defaultValue = "") String indicator,
            @RequestParam(defaultValue = "") String method,
            @RequestParam(defaultValue = "") String senderShare,
            @RequestParam(defaultValue = "") String baseYear,
            @RequestParam(defaultValue = "") String baseValue) {
        Actor actor = callers.of(p);
        AgreementDraft draft = new AgreementDraft(
                name,
                sender,
                host,
                park,
                document,
                validFrom,
                validTo,
                List.of(new AgreementDraft.RuleDraft(indicator, method, senderShare, baseYear, baseValue)));
        try {
            Agreement recorded = enclaves.record(actor, draft);
            return "redirect:/enclaves/ledger?year="
                    + latestYear(recorded.validFrom().getYear());
        } catch (InvalidInputException refused) {
            response.setStatus(422);
            return page(
                    actor,
                    locale,
                    model,
                    draft,
                    refused.problems().stream().map(pr -> pr.message(locale)).toList());
        }
    }

    private int latestYear(int from) {
        List<Integer> years = parks.years();
        return years.isEmpty() ? from : Math.max(from, years.get(years.size() - 1));
    }

    private String page(Actor actor, Locale locale, Model model, AgreementDraft draft, List<String> problems) {
        List<AgreementRow> rows = new ArrayList<>();
        for (Agreement a : enclaves.agreements(actor)) {
            rows.add(row(a, locale));
        }
        model.addAttribute("agreements", rows);
        model.addAttribute("draft", draft);
        model.addAttribute("rule", draft.rules().get(0));
        model.addAttribute("problems", problems);
        model.addAttribute("years", parks.years());
        model.addAttribute(
                "regions",
                regions.all().stream()
                        .filter(r -> r.level() != RegionLevel.COUNTRY && r.level() != RegionLevel.PROVINCE)
                        .map(r -> new Option(r.code(), r.name().in(locale)))
                        .toList());
        model.addAttribute(
                "parks",
                parks.registry().stream()
                        .map(pk -> new Option(
                                pk.code(), pk.name().in(locale) + " · " + enclaves.regionName(pk.region(), locale)))
                        .toList());
        model.addAttribute(
                "indicators",
                indicators.all().stream()
                        .filter(i -> indicators.additive(i.code()))
                        .map(i -> new Option(i.code(), i.name().in(locale)))
                        .toList());
        model.addAttribute(
                "methods",
                java.util.Arrays.stream(SplitMethod.values())
                        .map(m -> new Option(m.code(), Messages.get(locale, "enclaves.method." + m.code())))
                        .toList());
        return "enclaves";
    }

    private AgreementRow row(Agreement a, Locale locale) {
        String validity = When.day(a.validFrom(), locale) + " – "
                + (a.validTo() == null ? Messages.get(locale, "enclaves.open-end") : When.day(a.validTo(), locale));
        List<String> rules = a.rules().stream().map(r -> rule(r, locale)).toList();
        return new AgreementRow(
                a.name(),
                enclaves.regionName(a.sender(), locale),
                enclaves.regionName(a.host(), locale),
                parks.find(a.park()).map(pk -> pk.name().in(locale)).orElse(a.park()),
                a.document(),
                validity,
                rules);
    }

    private String rule(SplitRule r, Locale locale) {
        String method = Messages.get(locale, "enclaves.method." + r.method().code());
        String share = Math.round(r.senderShare() * 1000) / 10.0 + "%";
        String text = enclaves.indicatorName(r.indicator(), locale) + ": " + method;
        return switch (r.method()) {
            case DOUBLE_COUNT -> text;
            case PROPORTIONAL -> text + " " + Messages.get(locale, "enclaves.rule.share", share);
            case INCREMENT ->
                text + " " + Messages.get(locale, "enclaves.rule.increment", share, r.baseYear(), r.baseValue());
        };
    }

    @GetMapping("/enclaves/ledger")
    String ledger(Principal p, Locale locale, Model model, @RequestParam(required = false) Integer year) {
        Actor actor = callers.of(p);
        List<Integer> years = parks.years();
        int shown = year != null
                ? year
                : years.isEmpty() ? java.time.Year.now(clock).getValue() - 1 : years.get(years.size() - 1);
        boolean assess = enclaves.mayAssess(actor);
        List<Ledger.Line> lines = assess
                ? enclaves.bothViews(actor, shown)
                : enclaves.ledger(actor, shown, View.STATISTICAL).lines();
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("assess", assess);
        model.addAttribute(
                "lines", lines.stream().map(l -> line(l, locale, assess)).toList());
        return "enclaves-ledger";
    }

    private LineRow line(Ledger.Line l, Locale locale, boolean assess) {
        List<String> names =
                l.splits().stream().map(s -> s.agreement().name()).distinct().toList();
        return new LineRow(
                enclaves.regionName(l.region(), locale),
                enclaves.indicatorName(l.indicator(), locale),
                format(l.statistical()),
                assess ? format(l.assessment()) : "",
                assess && l.statistical() != null ? signed(l.adjustment()) : "",
                names);
    }

    private static String format(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String signed(double v) {
        return Math.abs(v) < 0.005 ? "0" : String.format(Locale.ROOT, "%+,.2f", v);
    }

    /** A region in the evaluation on both views. */
    record RankRow(
            String name,
            String statisticalScore,
            String statisticalRank,
            String assessmentScore,
            String assessmentRank) {}

    @GetMapping("/enclaves/evaluation")
    String evaluation(Principal p, Locale locale, Model model, @RequestParam(required = false) Integer year) {
        Actor actor = callers.of(p);
        boolean assess = enclaves.mayAssess(actor);
        // without a year: the published evaluation's (latest) year
        java.util.function.Function<View, EnclaveService.ViewedEvaluation> of = year == null
                ? v -> enclaves.evaluation(actor, v, locale)
                : v -> enclaves.evaluation(actor, v, year, locale);
        EnclaveService.ViewedEvaluation statistical = of.apply(View.STATISTICAL);
        EnclaveService.ViewedEvaluation assessment = assess ? of.apply(View.ASSESSMENT) : null;
        java.util.Map<String, org.stocktake.evaluation.CompositeResult.Row> other = new java.util.HashMap<>();
        if (assessment != null) {
            assessment.result().rows().forEach(r -> other.put(r.code(), r));
        }
        model.addAttribute("assess", assess);
        model.addAttribute("title", statistical.result().title());
        model.addAttribute("period", statistical.result().period());
        model.addAttribute(
                "rows",
                statistical.result().rows().stream()
                        .map(r -> {
                            var a = other.get(r.code());
                            return new RankRow(
                                    r.name(),
                                    format(r.score()),
                                    r.rank() == null ? "—" : r.rank().toString(),
                                    a == null ? "" : format(a.score()),
                                    a == null || a.rank() == null
                                            ? "—"
                                            : a.rank().toString());
                        })
                        .toList());
        model.addAttribute(
                "changed",
                assessment == null
                        ? List.of()
                        : assessment.changed().stream()
                                .map(l -> line(l, locale, true))
                                .toList());
        return "enclaves-evaluation";
    }

    @GetMapping("/enclaves/ledger.csv")
    ResponseEntity<byte[]> export(
            Principal p,
            Locale locale,
            @RequestParam int year,
            @RequestParam(defaultValue = "statistical") String view) {
        View chosen = View.of(view)
                .orElseThrow(() -> new InvalidInputException(
                        "view", List.of(org.stocktake.shared.Problem.of("view", "enclaves.no-such-view", view))));
        EnclaveService.LedgerView ledger = enclaves.ledger(callers.of(p), year, chosen);
        String name = "ledger-" + year + "-" + chosen.code()
                + (ledger.notForPublication() ? "-NOT-FOR-PUBLICATION" : "") + ".csv";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(enclaves.csv(ledger, locale).getBytes(StandardCharsets.UTF_8));
    }
}
