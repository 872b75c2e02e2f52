package org.stocktake.accounts.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Callers;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.accounts.UserEdit;
import org.stocktake.platform.Forms;
import org.stocktake.platform.ParameterErrors;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.RegionLevel;

/**
 * User administration: units (created and edited, on a region chosen from the known ones), users
 * (created, edited, disabled or enabled, their password reset), users from a workbook. The service
 * checks that the caller is an administrator.
 */
@Controller
class AdminPageController {

    private final AccountService accounts;
    private final RegionService regions;
    private final Callers callers;

    AdminPageController(AccountService accounts, RegionService regions, Callers callers) {
        this.accounts = accounts;
        this.regions = regions;
        this.callers = callers;
    }

    /** A prefecture (or the province) and the regions under it, for the region list. */
    record RegionChoices(String label, List<Region> regions) {}

    /** The page; {@code q} narrows the users and units shown to those whose name or login contains it. */
    @GetMapping("/admin")
    String admin(Principal p, @RequestParam(required = false) String q, Model model, Locale locale) {
        String term = ParameterErrors.blank(q) == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        model.addAttribute(
                "users",
                accounts.users(callers.of(p)).stream()
                        .filter(u -> matches(term, u.username(), u.displayName(), u.email()))
                        .toList());
        List<OrgUnit> units = accounts.units().stream()
                .sorted(Comparator.comparing((OrgUnit u) -> u.name().in(locale)))
                .toList();
        model.addAttribute("q", term);
        model.addAttribute("units", units);
        model.addAttribute(
                "shownUnits",
                units.stream()
                        .filter(u ->
                                matches(term, u.code(), u.name().zh(), u.name().en()))
                        .toList());
        model.addAttribute(
                "unitNames",
                units.stream()
                        .collect(Collectors.toMap(OrgUnit::code, u -> u.name().in(locale))));
        List<Region> all = regions.all();
        model.addAttribute(
                "regionNames",
                all.stream()
                        .collect(Collectors.toMap(Region::code, r -> r.name().in(locale))));
        model.addAttribute("regionChoices", choices(all, locale));
        model.addAttribute("roles", Role.values());
        model.addAttribute("kinds", OrgUnit.KINDS);
        return "admin";
    }

    private static boolean matches(String term, String... texts) {
        if (term.isEmpty()) {
            return true;
        }
        for (String t : texts) {
            if (t != null && t.toLowerCase(Locale.ROOT).contains(term)) {
                return true;
            }
        }
        return false;
    }

    /** The province with the prefectures, then each prefecture with its counties. */
    private static List<RegionChoices> choices(List<Region> all, Locale locale) {
        Map<String, Region> byCode = all.stream().collect(Collectors.toMap(Region::code, Function.identity()));
        Map<String, List<Region>> counties = all.stream()
                .filter(r -> r.level() == RegionLevel.COUNTY && r.parentCode() != null)
                .collect(Collectors.groupingBy(Region::parentCode));
        List<Region> top =
                all.stream().filter(r -> r.level() != RegionLevel.COUNTY).toList();
        List<RegionChoices> choices = new java.util.ArrayList<>();
        choices.add(new RegionChoices(
                top.stream()
                        .filter(r -> r.parentCode() == null)
                        .findFirst()
                        .map(r -> r.name().in(locale))
                        .orElse(""),
                top));
        top.stream()
                .filter(r -> counties.containsKey(r.code()))
                .forEach(r -> choices.add(
                        new RegionChoices(byCode.get(r.code()).name().in(locale), counties.get(r.code()))));
        return choices;
    }

    @PostMapping("/admin/units")
    String unit(
            Principal p,
            @RequestParam String code,
            @RequestParam String nameZh,
            @RequestParam(required = false) String nameEn,
            @RequestParam String kind,
            @RequestParam String region,
            RedirectAttributes r,
            Locale l) {
        return Forms.act(
                "/admin",
                r,
                l,
                () -> accounts.saveUnit(
                        callers.of(p),
                        new OrgUnit(
                                code.trim(),
                                new LocalizedText(nameZh.trim(), ParameterErrors.blank(nameEn)),
                                kind,
                                region.trim())));
    }

    @PostMapping("/admin/users")
    String user(
            Principal p,
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam(required = false) String email,
            @RequestParam String role,
            @RequestParam(required = false) String unit,
            @RequestParam String password,
            RedirectAttributes r,
            Locale l) {
        return Forms.act(
                "/admin",
                r,
                l,
                () -> accounts.createUser(
                        callers.of(p),
                        new NewUser(
                                username.trim(),
                                displayName,
                                ParameterErrors.blank(email),
                                ParameterErrors.required("role", ParameterErrors.choice("role", role, Role.class)),
                                ParameterErrors.blank(unit),
                                password)));
    }

    @PostMapping("/admin/users/{username}")
    String editUser(
            Principal p,
            @PathVariable String username,
            @RequestParam String displayName,
            @RequestParam(required = false) String email,
            @RequestParam String role,
            @RequestParam(required = false) String unit,
            RedirectAttributes r,
            Locale l) {
        return Forms.act(
                "/admin",
                r,
                l,
                () -> accounts.updateUser(
                        callers.of(p),
                        new UserEdit(
                                username,
                                displayName == null ? null : displayName.trim(),
                                ParameterErrors.blank(email),
                                ParameterErrors.required("role", ParameterErrors.choice("role", role, Role.class)),
                                ParameterErrors.blank(unit))));
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enable(
            Principal p, @PathVariable String username, @RequestParam boolean enabled, RedirectAttributes r, Locale l) {
        return Forms.act("/admin", r, l, () -> accounts.setEnabled(callers.of(p), username, enabled));
    }

    /** Resets the password; the temporary one is shown once, on the page the redirect leads to. */
    @PostMapping("/admin/users/{username}/password")
    String resetPassword(Principal p, @PathVariable String username, RedirectAttributes r, Locale l) {
        try {
            String temporary = accounts.resetPassword(callers.of(p), username);
            r.addFlashAttribute("temporaryPassword", temporary);
            r.addFlashAttribute(
                    "temporaryFor", accounts.user(username).orElseThrow().displayName());
        } catch (InvalidInputException e) {
            r.addFlashAttribute("error", e.report(l));
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/import")
    String importUsers(Principal p, @RequestParam MultipartFile file, RedirectAttributes r, Locale l) {
        return Forms.act(
                "/admin",
                r,
                l,
                () -> accounts.importWorkbook(
                        callers.of(p), ParameterErrors.fileName(file), ParameterErrors.stream(file)));
    }
}
