package org.stocktake.accounts.web;

import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Callers;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.platform.Forms;
import org.stocktake.platform.ParameterErrors;
import org.stocktake.shared.LocalizedText;

/** User administration: units, users one by one or from a workbook (administrators only, checked by the service). */
@Controller
class AdminPageController {

    private final AccountService accounts;
    private final Callers callers;

    AdminPageController(AccountService accounts, Callers callers) {
        this.accounts = accounts;
        this.callers = callers;
    }

    @GetMapping("/admin")
    String admin(Principal p, Model model) {
        model.addAttribute("users", accounts.users(callers.of(p)));
        model.addAttribute("units", accounts.units());
        model.addAttribute("roles", Role.values());
        return "admin";
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
                        new OrgUnit(code.trim(), new LocalizedText(nameZh.trim(), nameEn), kind, region.trim())));
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
