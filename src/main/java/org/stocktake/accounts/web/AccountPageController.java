package org.stocktake.accounts.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditFacets;
import org.stocktake.accounts.AuditPage;
import org.stocktake.accounts.AuditQuery;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.Callers;
import org.stocktake.platform.ParameterErrors;
import org.stocktake.platform.When;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;

/** Login, password change and the audit log (a page of entries in words, newest first, with filters). */
@Controller
class AccountPageController {

    /** Entries on one page of the audit log. */
    static final int PAGE_SIZE = 50;

    private final AccountService accounts;
    private final AuditService audit;
    private final RegionService regions;
    private final Callers callers;

    AccountPageController(AccountService accounts, AuditService audit, RegionService regions, Callers callers) {
        this.accounts = accounts;
        this.audit = audit;
        this.regions = regions;
        this.callers = callers;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "password";
    }

    @PostMapping("/account/password")
    String changePassword(
            Principal p,
            @RequestParam String oldPassword,
            @RequestParam String newPassword,
            Model model,
            Locale locale) {
        try {
            accounts.changePassword(p.getName(), oldPassword, newPassword);
            return "redirect:/";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.report(locale));
            return "password";
        }
    }

    @GetMapping("/audit")
    String audit(
            Principal p,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            Locale locale) {
        Actor reader = callers.of(p);
        LocalDate fromDay = ParameterErrors.date("from", from);
        LocalDate toDay = ParameterErrors.date("to", to);
        AuditQuery query = new AuditQuery(
                ParameterErrors.blank(actor),
                ParameterErrors.blank(entity),
                ParameterErrors.blank(id),
                fromDay == null ? null : fromDay.atStartOfDay(When.zone()).toInstant(),
                toDay == null
                        ? null
                        : toDay.plusDays(1).atStartOfDay(When.zone()).toInstant(),
                page,
                PAGE_SIZE);
        AuditPage found = audit.page(reader, query);
        AuditFacets facets = audit.facets(reader);
        AuditWords words = words(locale);
        model.addAttribute("lines", found.entries().stream().map(words::line).toList());
        model.addAttribute("found", found);
        model.addAttribute(
                "entities",
                facets.entities().stream()
                        .collect(Collectors.toMap(e -> e, words::entity, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute(
                "actors",
                facets.actors().stream()
                        .collect(Collectors.toMap(a -> a, words::who, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("actor", query.actor());
        model.addAttribute("entity", query.entity());
        model.addAttribute("from", fromDay);
        model.addAttribute("to", toDay);
        String filters = filters(query.actor(), query.entity(), query.entityId(), fromDay, toDay);
        model.addAttribute("previous", found.page() > 1 ? "/audit?page=" + (found.page() - 1) + filters : null);
        model.addAttribute("next", found.page() < found.pages() ? "/audit?page=" + (found.page() + 1) + filters : null);
        return "audit";
    }

    /** The audit entries in words in the page's language: users, units and regions by name. */
    private AuditWords words(Locale locale) {
        Map<String, String> users = new HashMap<>();
        accounts.users().forEach(u -> users.put(u.username(), u.displayName()));
        Map<String, String> units = new HashMap<>();
        accounts.units().forEach(u -> units.put(u.code(), u.name().in(locale)));
        Map<String, String> regionNames = new HashMap<>();
        regions.all().forEach(r -> regionNames.put(r.code(), r.name().in(locale)));
        return new AuditWords(locale, users, units, regionNames);
    }

    private static String filters(String actor, String entity, String id, LocalDate from, LocalDate to) {
        StringBuilder b = new StringBuilder();
        BiConsumer<String, Object> add = (k, v) -> {
            if (v != null) {
                b.append('&').append(k).append('=').append(URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
            }
        };
        add.accept("actor", actor);
        add.accept("entity", entity);
        add.accept("id", id);
        add.accept("from", from);
        add.accept("to", to);
        return b.toString();
    }

    @GetMapping("/audit.csv")
    @ResponseBody
    ResponseEntity<byte[]> auditCsv(Principal p) {
        String csv = audit.exportCsv(callers.of(p));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=audit.csv")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
