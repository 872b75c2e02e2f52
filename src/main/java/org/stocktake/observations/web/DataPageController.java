package org.stocktake.observations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.Principal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.stocktake.indicators.IndicatorService;
import org.stocktake.observations.Edit;
import org.stocktake.observations.ImportRefusedException;
import org.stocktake.observations.ImportRequest;
import org.stocktake.observations.ImportService;
import org.stocktake.observations.ImportUploads;
import org.stocktake.observations.KeyNames;
import org.stocktake.observations.ObservationKey;
import org.stocktake.observations.ObservationService;
import org.stocktake.observations.Revision;
import org.stocktake.observations.Status;
import org.stocktake.regions.Region;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;

/**
 * Data pages: the approval queue, a data entry form that keeps what was typed when it is
 * refused, a file import that shows every problem (or what it would read) before anything is
 * written, and the history of a value. Who may do what is decided by the data services, which
 * take the actor; a refusal is a page in words (403).
 */
@Controller
class DataPageController {

    private final ObservationService observations;
    private final ImportService imports;
    private final ImportUploads uploads;
    private final IndicatorService indicators;
    private final Callers callers;

    DataPageController(
            ObservationService observations,
            ImportService imports,
            ImportUploads uploads,
            IndicatorService indicators,
            Callers callers) {
        this.observations = observations;
        this.imports = imports;
        this.uploads = uploads;
        this.indicators = indicators;
        this.callers = callers;
    }

    /** What the entry form holds, kept when the entry is refused. */
    record EntryForm(
            String indicator,
            String region,
            String period,
            String value,
            String unit,
            String source,
            String flags,
            String reason) {}

    /**
     * The approval queue: each value with its indicator's and region's names; the decision buttons
     * only where the service says the caller may approve the region's values.
     */
    @GetMapping("/data")
    String queue(Model model, Principal principal) {
        Actor actor = callers.orAnonymous(principal);
        List<Revision> queue = observations.awaitingApproval(actor);
        Map<ObservationKey, KeyNames> names = new HashMap<>();
        Set<ObservationKey> decidable = new HashSet<>();
        for (Revision r : queue) {
            names.computeIfAbsent(r.key(), observations::names);
            if (observations.mayApprove(actor, r.key().region())) {
                decidable.add(r.key());
            }
        }
        model.addAttribute("queue", queue);
        model.addAttribute("names", names);
        model.addAttribute("decidable", decidable);
        model.addAttribute("mayWrite", !observations.regionsToWrite(actor).isEmpty());
        return "data";
    }

    @GetMapping("/data/entry")
    String entry(Model model, Principal principal) {
        return entryPage(
                model,
                callers.orAnonymous(principal),
                new EntryForm(null, null, null, null, null, null, null, null),
                List.of());
    }

    @PostMapping("/data/entry")
    String save(
            @ModelAttribute EntryForm form,
            Principal principal,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Actor actor = callers.orAnonymous(principal);
        try {
            ObservationKey key = new ObservationKey(form.indicator(), form.region(), form.period());
            observations.revise(
                    actor,
                    key,
                    new Edit(Edit.value(form.value()), form.unit(), form.source(), Set.of()),
                    form.reason());
            observations.submit(actor, key, form.reason());
            return "redirect:/data/history?indicator=" + key.indicator() + "&region=" + key.region() + "&period="
                    + key.period();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return entryPage(
                    model,
                    actor,
                    form,
                    e.problems().stream().map(p -> p.message(locale)).toList());
        } catch (NotPermittedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return entryPage(model, actor, form, List.of(e.message(locale)));
        }
    }

    @GetMapping("/data/import")
    String importForm(Model model, Principal principal) {
        scope(model, callers.orAnonymous(principal));
        return "data-import";
    }

    @PostMapping("/data/import/preview")
    String preview(
            @RequestParam("file") MultipartFile file,
            Principal principal,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Actor actor = callers.orAnonymous(principal);
        scope(model, actor);
        ImportUploads.Upload upload = null;
        boolean keep = false;
        try (InputStream in = file.getInputStream()) {
            upload = uploads.receive(actor, in, file.getOriginalFilename());
            ImportService.Preview preview = imports.check(
                    actor,
                    new ImportRequest(upload.file(), file.getOriginalFilename(), null, Status.SUBMITTED, null, null));
            model.addAttribute("preview", preview);
            model.addAttribute("upload", upload.id());
            keep = true;
        } catch (ImportRefusedException e) {
            refusal(model, e, response);
        } catch (NotPermittedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refused", e.message(locale));
        } finally {
            if (upload != null && !keep) {
                uploads.delete(upload.file());
            }
        }
        return "data-import";
    }

    /** Imports a previewed upload: everything is checked again (the preview is not trusted). */
    @PostMapping("/data/import/commit")
    String commit(
            @RequestParam String upload,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String reason,
            Principal principal,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Actor actor = callers.orAnonymous(principal);
        scope(model, actor);
        try {
            imports.requireImporter(actor, Status.SUBMITTED);
        } catch (NotPermittedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refused", e.message(locale));
            return "data-import";
        }
        Optional<Path> stored = uploads.find(upload);
        if (stored.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("refused", Messages.get(locale, "web.upload.gone"));
            return "data-import";
        }
        try {
            model.addAttribute(
                    "result",
                    imports.importFile(
                            actor, new ImportRequest(stored.get(), name, reason, Status.SUBMITTED, null, null)));
        } catch (ImportRefusedException e) {
            refusal(model, e, response);
        } catch (NotPermittedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refused", e.message(locale));
        } finally {
            uploads.delete(stored.get());
        }
        return "data-import";
    }

    @PostMapping("/data/decide")
    String decide(
            @RequestParam String indicator,
            @RequestParam String region,
            @RequestParam String period,
            @RequestParam String decision,
            @RequestParam(required = false) String reason,
            Principal principal) {
        Actor actor = callers.orAnonymous(principal);
        ObservationKey key = new ObservationKey(indicator, region, period);
        if ("approve".equals(decision)) {
            observations.approve(actor, key, reason);
        } else {
            observations.returnValue(actor, key, reason);
        }
        return "redirect:/data";
    }

    /**
     * Confirms a published class C value against an official page (the reason names it), from the
     * indicator page; back to that page, at the value.
     */
    @PostMapping("/data/confirm")
    String confirm(
            @RequestParam String indicator,
            @RequestParam String region,
            @RequestParam String period,
            @RequestParam(required = false) String reason,
            Principal principal) {
        ObservationKey key = new ObservationKey(indicator, region, period);
        observations.confirm(callers.orAnonymous(principal), key, reason);
        return "redirect:"
                + org.springframework.web.util.UriComponentsBuilder.fromPath("/indicators/{code}")
                        .queryParam("region", key.region())
                        .fragment("source-" + key.period())
                        .buildAndExpand(key.indicator())
                        .encode()
                        .toUriString();
    }

    /**
     * The history of a value, chosen with a filter whose regions are those the caller may read; without
     * a full choice, the filter alone.
     */
    @GetMapping("/data/history")
    String history(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String period,
            Model model,
            Principal principal) {
        Actor actor = callers.orAnonymous(principal);
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("regions", observations.regionsToRead(actor));
        model.addAttribute("form", new EntryForm(indicator, region, period, null, null, null, null, null));
        if (blank(indicator) || blank(region) || blank(period)) {
            return "data-history";
        }
        ObservationKey key = new ObservationKey(indicator.strip(), region.strip(), period.strip());
        model.addAttribute("key", key);
        model.addAttribute("names", observations.names(key));
        model.addAttribute("history", observations.history(actor, key));
        return "data-history";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The regions the caller may import for, named by the top ones ("长沙市" for all of Changsha). */
    private void scope(Model model, Actor actor) {
        List<Region> writable = observations.regionsToWrite(actor);
        Set<String> codes = new HashSet<>();
        writable.forEach(r -> codes.add(r.code()));
        model.addAttribute(
                "scope",
                writable.stream()
                        .filter(r -> r.parentCode() == null || !codes.contains(r.parentCode()))
                        .map(Region::name)
                        .toList());
    }

    /** A refused file: every problem on the page, answered 422. */
    private static void refusal(Model model, ImportRefusedException e, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problems", e.details());
        model.addAttribute("total", e.total());
        model.addAttribute("file", e.source());
    }

    /** The entry form, offering only the regions the caller may write (a county liaison: its county). */
    private String entryPage(Model model, Actor actor, EntryForm form, List<String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("regions", observations.regionsToWrite(actor));
        return "data-entry";
    }
}
