package org.stocktake.accounts;

/** A user as others may see it: never the password hash. */
public record UserView(
        long id,
        String username,
        String displayName,
        String email,
        Role role,
        String unit,
        boolean mustChangePassword,
        boolean enabled) {}
