package org.stocktake.accounts.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
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
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.Callers;
import org.stocktake.platform.ParameterErrors;
import org.stocktake.shared.InvalidInputException;

/** Login, password change and the audit log. */
@Controller
class AccountPageController {

    private final AccountService accounts;
    private final AuditService audit;
    private final Callers callers;

    AccountPageController(AccountService accounts, AuditService audit, Callers callers) {
        this.accounts = accounts;
        this.audit = audit;
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
            Model model) {
        model.addAttribute(
                "entries", audit.read(callers.of(p), ParameterErrors.blank(entity), ParameterErrors.blank(id)));
        return "audit";
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
