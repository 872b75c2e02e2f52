package org.stocktake.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports observations in CSV, XLSX or SDMX-CSV, streamed from the database (a cursor, not a
 * list): approved values by default, or the current value of every observation.
 */
@Service
public class ExportService {

    /** Which values: an indicator and/or a region (null for all); current instead of approved. */
    public record Query(String indicator, String region, boolean current) {
        public static Query approved() {
            return new Query(null, null, false);
        }
    }

    private static final String SELECT = """
            select indicator_code, region_code, period, value, unit, source, array_to_string(flags, ';') as flags
            from %s
            where (cast(? as text) is null or indicator_code = ?) and (cast(? as text) is null or region_code = ?)
            order by indicator_code, region_code, period
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ExportService(DataSource dataSource, TransactionTemplate transaction) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
        this.transaction = transaction;
    }

    /** Writes the values to {@code out}; returns how many rows were written. */
    public long export(DataFormat format, Query query, OutputStream out) throws IOException {
        String sql = SELECT.formatted(query.current() ? "data_current" : "data_observation");
        long[] count = new long[1];
        try (ExportWriters.RowWriter writer = ExportWriters.open(format, out)) {
            transaction.executeWithoutResult(status -> jdbc.query(sql, rs -> {
                try {
                    writer.write(new ExportRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getBigDecimal(4).toPlainString(), rs.getString(5), rs.getString(6), rs.getString(7)));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, query.indicator(), query.indicator(), query.region(), query.region()));
        }
        return count[0];
    }
}
