package org.stocktake.accounts;

/** What an administrator may change of a user: name, e-mail, role and unit (never the user name or the password). */
public record UserEdit(String username, String displayName, String email, Role role, String unit) {}
