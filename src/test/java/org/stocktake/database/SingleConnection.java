package org.stocktake.database;

import java.sql.Connection;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A data source over one open connection, left open. */
final class SingleConnection extends SingleConnectionDataSource {
    SingleConnection(Connection c) {
        super(c, true);
    }
}
