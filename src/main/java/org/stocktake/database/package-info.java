/**
 * The connection to PostgreSQL. By default Stocktake starts its own embedded PostgreSQL server
 * whose data lives in a data directory and survives restarts; with {@code spring.datasource.url}
 * set it uses that server and starts nothing. Owns no tables and knows nothing of the domain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "database")
package org.stocktake.database;
