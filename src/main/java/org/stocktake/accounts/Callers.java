package org.stocktake.accounts;

import java.security.Principal;
import org.springframework.stereotype.Component;

/** Turns the logged-in principal (session or token) into the actor the services check. */
@Component
public class Callers {

    private static final Actor ANONYMOUS = new Actor("anonymous", Role.VIEWER, null, null);

    private final AccountService accounts;

    Callers(AccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * The actor, or an anonymous one (a reader of public data, which the services' own checks
     * refuse everything else) when nobody is logged in.
     */
    public Actor orAnonymous(Principal principal) {
        return principal == null ? ANONYMOUS : accounts.actorOf(principal.getName());
    }

    /** The actor; nobody acts anonymously on supervision data, whatever the URL rules say. */
    public Actor of(Principal principal) {
        if (principal == null) {
            throw new org.stocktake.accounts.NotPermittedException(ANONYMOUS, "refused.anonymous-supervision");
        }
        return accounts.actorOf(principal.getName());
    }
}
