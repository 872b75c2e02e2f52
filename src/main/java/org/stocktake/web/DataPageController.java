package org.stocktake.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.data.Edit;
import org.stocktake.data.ImportRefusedException;
import org.stocktake.data.ImportRequest;
import org.stocktake.data.ImportService;
import org.stocktake.data.ObservationKey;
import org.stocktake.data.ObservationService;
import org.stocktake.data.Status;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;

/**
 * Data pages: the approval queue, a data entry form that keeps what was typed when it is
 * refused, a file import that shows every problem (or what it would read) before anything is
 * written, and the history of a value. A liaison or head writes only for the regions they cover;
 * approving needs a head (of the region) or a coordinator.
 */
@Controller
class DataPageController {

    private final ObservationService observations;
    private final ImportService imports;
    private final IndicatorService indicators;
    private final RegionService regions;
    private final Callers callers;
    private final DataPermissions permissions;
    private final Path uploads;

    DataPageController(ObservationService observations, ImportService imports, IndicatorService indicators,
            RegionService regions, Callers callers, DataPermissions permissions,
            @Value("${stocktake.data-dir:./data}") Path dataDir) {
        this.permissions = permissions;
        this.observations = observations;
        this.imports = imports;
        this.indicators = indicators;
        this.regions = regions;
        this.callers = callers;
        this.uploads = dataDir.resolve("uploads");
    }

    /** What the entry form holds, kept when the entry is refused. */
    record EntryForm(String indicator, String region, String period, String value, String unit, String source,
            String flags, String reason) {
    }

    @GetMapping("/data")
    String queue(Model model) {
        model.addAttribute("queue", observations.awaitingApproval());
        return "data";
    }

    @GetMapping("/data/entry")
    String entry(Model model) {
        return entryPage(model, new EntryForm(null, null, null, null, null, null, null, null), List.of());
    }

    @PostMapping("/data/entry")
    String save(@ModelAttribute EntryForm form, Principal principal, Model model, Locale locale) {
        Actor actor = callers.of(principal);
        try {
            permissions.writer(principal, List.of(form.region() == null ? "" : form.region()));
            ObservationKey key = new ObservationKey(form.indicator(), form.region(), form.period());
            observations.revise(key, new Edit(number(form.value()), form.unit(), form.source(), Set.of()),
                    actor.username(), form.reason());
            observations.submit(key, actor.username(), form.reason());
            return "redirect:/data/history?indicator=" + key.indicator() + "&region=" + key.region() + "&period=" + key.period();
        } catch (InvalidInputException e) {
            return entryPage(model, form, e.problems().stream().map(p -> p.message(locale)).toList());
        } catch (IllegalArgumentException | IllegalStateException | NotPermittedException e) {
            return entryPage(model, form, List.of(e.getMessage()));
        }
    }

    @GetMapping("/data/import")
    String importForm() {
        return "data-import";
    }

    @PostMapping("/data/import/preview")
    String preview(@RequestParam("file") MultipartFile file, Principal principal, Model model, Locale locale) throws IOException {
        Actor actor = callers.of(principal);
        Path stored = store(file);
        ImportRequest request = new ImportRequest(stored, file.getOriginalFilename(), null, actor.username(), null,
                Status.SUBMITTED, null, null);
        try {
            ImportService.Preview preview = imports.check(request);
            permissions.writer(principal, preview.regions());
            model.addAttribute("preview", preview);
            model.addAttribute("upload", stored.getFileName().toString());
        } catch (ImportRefusedException e) {
            Files.deleteIfExists(stored);
            model.addAttribute("problems", e.details());
            model.addAttribute("total", e.total());
            model.addAttribute("file", file.getOriginalFilename());
        } catch (NotPermittedException e) {
            Files.deleteIfExists(stored);
            model.addAttribute("refused", e.getMessage());
        }
        return "data-import";
    }

    @PostMapping("/data/import/commit")
    String commit(@RequestParam String upload, @RequestParam String name, @RequestParam(required = false) String reason,
            Principal principal, Model model) throws IOException {
        Actor actor = callers.of(principal);
        Path stored = uploads.resolve(upload).normalize();
        if (!stored.startsWith(uploads) || !Files.isRegularFile(stored)) {
            throw new IllegalArgumentException("找不到上传的文件 / no such upload: " + upload);
        }
        try {
            model.addAttribute("result", imports.importFile(new ImportRequest(stored, name, null, actor.username(), reason,
                    Status.SUBMITTED, null, null)));
        } finally {
            Files.deleteIfExists(stored);
        }
        return "data-import";
    }

    @PostMapping("/data/decide")
    String decide(@RequestParam String indicator, @RequestParam String region, @RequestParam String period,
            @RequestParam String decision, @RequestParam(required = false) String reason, Principal principal) {
        Actor actor = permissions.approver(principal, region);
        ObservationKey key = new ObservationKey(indicator, region, period);
        if ("approve".equals(decision)) {
            observations.approve(key, actor.username(), reason);
        } else {
            observations.returnValue(key, actor.username(), reason);
        }
        return "redirect:/data";
    }

    @GetMapping("/data/history")
    String history(@RequestParam String indicator, @RequestParam String region, @RequestParam String period, Model model) {
        ObservationKey key = new ObservationKey(indicator, region, period);
        model.addAttribute("key", key);
        model.addAttribute("history", observations.history(key));
        return "data-history";
    }

    private String entryPage(Model model, EntryForm form, List<String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("regions", regions.all());
        return "data-entry";
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("数值不是数字：“" + text + "” / the value is not a number");
        }
    }

    private Path store(MultipartFile file) throws IOException {
        Files.createDirectories(uploads);
        String name = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path target = uploads.resolve(UUID.randomUUID() + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
        file.transferTo(target);
        return target;
    }
}
