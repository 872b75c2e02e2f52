package org.stocktake.observations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.accounts.Actor;

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
            where abs(value) < 1.7976931348623157e308
              and (cast(? as text) is null or indicator_code = ?) and (cast(? as text) is null or region_code = ?)
            order by indicator_code, region_code, period
            """;

    /** Plain digits, or the exponent form where plain would be long (1E+300): both import back. */
    private static String number(java.math.BigDecimal value) {
        String plain = value.toPlainString();
        return plain.length() <= 40 ? plain : value.toString();
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ExportService(DataSource dataSource, TransactionTemplate transaction) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
        this.transaction = transaction;
    }

    /**
     * Checks that the actor may have what the query asks for: approved values are public; current
     * (possibly unapproved) values need a login that sees unapproved values (of the region, when
     * one is named). Call before a response is committed, so a refusal is a clean 403.
     */
    public void authorise(Actor actor, Query query) {
        if (query.current()) {
            if (query.region() != null) {
                DataAccess.requireReadUnapproved(actor, query.region());
            } else {
                DataAccess.requireReadUnapproved(actor);
            }
        }
    }

    /**
     * Writes the values to {@code out}; returns how many rows were written. Current values are
     * limited to the regions the actor sees unapproved values of.
     */
    public long export(Actor actor, DataFormat format, Query query, OutputStream out) throws IOException {
        authorise(actor, query);
        // Approved values: every published value, class C copies not yet confirmed included (as the
        // data API lists them), so that an export imports back unchanged.
        String sql = SELECT.formatted(query.current() ? "data_current" : "data_published");
        long[] count = new long[1];
        try (ExportWriters.RowWriter writer = ExportWriters.open(format, out)) {
            transaction.executeWithoutResult(status -> jdbc.query(
                    sql,
                    rs -> {
                        if (query.current() && !DataAccess.mayReadUnapproved(actor, rs.getString(2))) {
                            return;
                        }
                        try {
                            writer.write(new ExportRow(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    number(rs.getBigDecimal(4)),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7)));
                            count[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    query.indicator(),
                    query.indicator(),
                    query.region(),
                    query.region()));
        }
        return count[0];
    }
}
