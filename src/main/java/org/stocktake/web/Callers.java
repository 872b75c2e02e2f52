package org.stocktake.web;

import java.security.Principal;
import org.springframework.stereotype.Component;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;

/** Turns the logged-in principal (session or token) into the actor the services check. */
@Component
class Callers {

    private static final Actor ANONYMOUS = new Actor("anonymous", Role.VIEWER, null, null);

    private final AccountService accounts;

    Callers(AccountService accounts) {
        this.accounts = accounts;
    }

    Actor of(Principal principal) {
        return principal == null ? ANONYMOUS : accounts.actorOf(principal.getName());
    }
}
