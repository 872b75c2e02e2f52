package org.stocktake.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The connection pool's size and time-outs ({@code stocktake.db.*}, in milliseconds). A request
 * waits at most {@code connectionTimeoutMillis} for a free connection and then fails instead of
 * queueing for half a minute; one SQL statement may run at most {@code statementTimeoutMillis}
 * (PostgreSQL's {@code statement_timeout}; 0 turns it off), so no runaway query keeps a connection
 * from the others. Bulk imports lift the statement limit for their own transaction.
 */
@Component
record PoolSettings(
        @Value("${stocktake.db.pool-size:20}") int size,
        @Value("${stocktake.db.connection-timeout:5000}") long connectionTimeoutMillis,
        @Value("${stocktake.db.statement-timeout:60000}") long statementTimeoutMillis) {

    PoolSettings {
        if (size < 1 || connectionTimeoutMillis < 250 || statementTimeoutMillis < 0) {
            throw new IllegalArgumentException("stocktake.db.pool-size must be at least 1, "
                    + "stocktake.db.connection-timeout at least 250 ms and stocktake.db.statement-timeout 0 or more");
        }
    }

    void applyTo(HikariDataSource dataSource) {
        dataSource.setMaximumPoolSize(size);
        dataSource.setConnectionTimeout(connectionTimeoutMillis);
        dataSource.setPoolName("stocktake");
        dataSource.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeoutMillis);
    }
}
