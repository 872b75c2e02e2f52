/**
 * Accounts: units (departments, prefecture and county governments, the coordinating office),
 * users with one role each and the unit and region scope that follows from it, page login
 * (hashed passwords, a lockout that holds under concurrency, a password policy with a list of
 * common passwords, forced first password change, sessions and tokens ended by a password change),
 * API tokens, the web security rules and headers, and the append-only audit log of state changes.
 * Owns the {@code accounts_*} tables. Knows nothing of tasks or plans.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "accounts",
        allowedDependencies = {"shared", "platform", "regions"})
package org.stocktake.accounts;
