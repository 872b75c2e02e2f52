/**
 * The connection to PostgreSQL. By default Stocktake starts its own embedded PostgreSQL server
 * whose data lives in a data directory and survives restarts; with {@code spring.datasource.url}
 * set it uses that server and starts nothing. The embedded server is locked (passwords in the data
 * directory, loopback only, the application as a non-superuser role, append-only tables owned by
 * an audit role), has one owner process at a time, and is backed up and restored by
 * {@link org.stocktake.database.DatabaseArchive}. Owns no tables and knows nothing of the domain.
 * The event publication registry's table ({@code event_publication}, Spring Modulith's schema) is
 * created by a migration so that backups carry it. A process that holds the data directory alone
 * delivers again, once ready, what an earlier process left incomplete ({@code OutstandingEvents});
 * a stopping process lets the module listeners finish before the database closes
 * ({@code ListenerDrain}, {@code ListenersBeforeDatabase}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "database",
        allowedDependencies = {"shared"})
package org.stocktake.database;
