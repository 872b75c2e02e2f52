/**
 * The connection to PostgreSQL. By default Stocktake starts its own embedded PostgreSQL server
 * whose data lives in a data directory and survives restarts; with {@code spring.datasource.url}
 * set it uses that server and starts nothing. The embedded server is locked (passwords in the data
 * directory, loopback only, the application as a non-superuser role, append-only tables owned by
 * an audit role), has one owner process at a time, and is backed up and restored by
 * {@link org.stocktake.database.DatabaseArchive}. Owns no tables and knows nothing of the domain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "database", allowedDependencies = {"shared"})
package org.stocktake.database;
