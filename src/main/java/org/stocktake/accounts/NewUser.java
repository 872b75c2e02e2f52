package org.stocktake.accounts;

/** What an administrator gives to create a user; the password must be changed at first login. */
public record NewUser(String username, String displayName, String email, Role role, String unit, String password) {}
