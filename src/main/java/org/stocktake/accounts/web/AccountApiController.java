package org.stocktake.accounts.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.AuditEntry;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.Callers;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.UserView;

/** Accounts in JSON: who am I, the audit log, units, users and API tokens (the service checks every call). */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

    private final AccountService accounts;
    private final AuditService audit;
    private final Callers callers;

    AccountApiController(AccountService accounts, AuditService audit, Callers callers) {
        this.accounts = accounts;
        this.audit = audit;
        this.callers = callers;
    }

    @GetMapping("/me")
    UserView me(Principal principal) {
        return accounts.user(callers.of(principal).username()).orElseThrow();
    }

    /** The audit log for a coordinator, leader or administrator; filters by entity and id. */
    @GetMapping("/audit")
    List<AuditEntry> audit(
            Principal p, @RequestParam(required = false) String entity, @RequestParam(required = false) String id) {
        return audit.read(callers.of(p), entity, id);
    }

    @PostMapping("/admin/units")
    ResponseEntity<OrgUnit> unit(Principal p, @RequestBody OrgUnit unit) {
        accounts.saveUnit(callers.of(p), unit);
        return ResponseEntity.status(HttpStatus.CREATED).body(unit);
    }

    @PostMapping("/admin/users")
    ResponseEntity<UserView> user(Principal p, @RequestBody NewUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.createUser(callers.of(p), user));
    }

    @PostMapping("/admin/tokens")
    ResponseEntity<Map<String, String>> token(Principal p, @RequestBody Map<String, String> body) {
        String token = accounts.issueToken(callers.of(p), body.get("username"), body.getOrDefault("label", "api"));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("token", token));
    }

    @DeleteMapping("/admin/tokens/{username}")
    Map<String, Integer> revoke(Principal p, @PathVariable String username) {
        return Map.of("revoked", accounts.revokeTokens(callers.of(p), username));
    }
}
