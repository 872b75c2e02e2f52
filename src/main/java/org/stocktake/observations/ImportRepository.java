package org.stocktake.observations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** The SQL of pass 2: COPY into a staging table, keep what changed, append it as revisions. */
@Repository
class ImportRepository {

    static final String COPY_STAGING = """
            copy data_staging (row_no, indicator_code, region_code, period, value, unit, source, flags)
            from stdin
            """;

    static final String COPY_REVISIONS = """
            copy data_revision (indicator_code, region_code, period, revision, value, unit, source, flags,
                                status, reason, changed_by, import_id)
            from stdin
            """;

    private static final String STAGING = """
            create temp table data_staging (
                row_no bigint, indicator_code text collate "C", region_code text collate "C",
                period text collate "C", value numeric,
                unit text, source text, flags text[]) on commit drop
            """;

    /** The staged rows whose value, unit, source or flags differ from the current revision. */
    private static final String CHANGED = """
            create temp table data_changed on commit drop as
            select s.*, coalesce(c.revision, 0) + 1 as revision, cast(null as double precision) as outlier_z
            from data_staging s
            left join lateral (select r.revision, r.value, r.unit, r.source, r.flags from data_revision r
                               where r.indicator_code = s.indicator_code and r.region_code = s.region_code
                                 and r.period = s.period
                               order by r.revision desc limit 1) c on true
            where c.revision is null
               or (c.value, c.unit, c.source, c.flags) is distinct from (s.value, s.unit, s.source, s.flags)
            """;

    /** For each changed value, the current values of the other periods of its series (same period kind). */
    private static final String HISTORIES = """
            select ch.row_no, ch.indicator_code, ch.region_code, ch.period, ch.value, h.history
            from data_changed ch
            cross join lateral (
                select array_agg(x.value) as history from (
                    select distinct on (r.period) r.value from data_revision r
                    where r.indicator_code = ch.indicator_code and r.region_code = ch.region_code
                      and r.period <> ch.period and length(r.period) = length(ch.period)
                    order by r.period, r.revision desc) x) h
            where cardinality(h.history) >= :min
            """;

    private static final String SET_Z = """
            update data_changed c set outlier_z = v.z
            from unnest(cast(:rows as bigint[]), cast(:zs as double precision[])) as v(row_no, z)
            where c.row_no = v.row_no
            """;

    private static final String APPEND = """
            insert into data_revision (indicator_code, region_code, period, revision, value, unit, source, flags,
                                       status, reason, changed_by, changed_at, import_id, outlier_z)
            select indicator_code, region_code, period, revision, value, unit, source, flags,
                   :status, :reason, :user, now(), :import, outlier_z
            from data_changed
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JdbcTemplate cursor;

    ImportRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(10_000);
    }

    /** The advisory lock that serialises writers of revisions (imports, edits, status steps). */
    static final long LOCK = 20210713L;

    /**
     * Serialises imports, so two of them never number the same revision. A bulk load may run
     * longer than the pool's statement time-out: it is lifted for this transaction only.
     */
    void lock() {
        jdbc.sql("set local statement_timeout = 0").update();
        jdbc.sql("select pg_advisory_xact_lock(" + LOCK + ")")
                .query(Object.class)
                .single();
    }

    long startImport(ImportRequest r, String user, DataFormat format) {
        return jdbc.sql("""
                insert into data_import (file_name, format, changed_by, reason, status)
                values (:file, :format, :user, :reason, :status) returning id
                """)
                .param("file", r.name())
                .param("format", format.name())
                .param("user", user)
                .param("reason", r.reason())
                .param("status", r.status().code())
                .query(Long.class)
                .single();
    }

    void finishImport(long id, long rows, long appended, long outliers) {
        jdbc.sql("update data_import set rows_read = :rows, appended = :appended, outliers = :outliers where id = :id")
                .param("rows", rows)
                .param("appended", appended)
                .param("outliers", outliers)
                .param("id", id)
                .update();
    }

    /** True when no revision exists yet for any of these indicators: the file can be copied in directly. */
    boolean noneStored(Collection<String> indicators) {
        return !jdbc.sql("select exists (select 1 from data_revision where indicator_code in (:codes))")
                .param("codes", List.copyOf(indicators))
                .query(Boolean.class)
                .single();
    }

    boolean holdsUnit(String indicator, String unit) {
        return jdbc.sql(
                        "select exists (select 1 from data_revision where indicator_code = :indicator and unit = :unit)")
                .param("indicator", indicator)
                .param("unit", unit)
                .query(Boolean.class)
                .single();
    }

    void createStaging() {
        jdbc.sql(STAGING).update();
    }

    long keepChanged() {
        jdbc.sql("analyze data_staging").update();
        jdbc.sql(CHANGED).update();
        return jdbc.sql("select count(*) from data_changed").query(Long.class).single();
    }

    /** Streams the histories through a cursor (10,000 rows at a time), never all at once. */
    void histories(RowCallbackHandler handler) {
        cursor.query(HISTORIES.replace(":min", Integer.toString(RobustZScore.MIN_HISTORY)), handler);
    }

    void setScores(long[] rows, double[] zs) {
        for (int from = 0; from < rows.length; from += 10_000) {
            int to = Math.min(rows.length, from + 10_000);
            StringBuilder r = new StringBuilder("{");
            StringBuilder z = new StringBuilder("{");
            for (int i = from; i < to; i++) {
                r.append(i == from ? "" : ",").append(rows[i]);
                z.append(i == from ? "" : ",").append(zs[i]);
            }
            jdbc.sql(SET_Z)
                    .param("rows", r.append('}').toString())
                    .param("zs", z.append('}').toString())
                    .update();
        }
    }

    long appendChanged(ImportRequest r, String user, long importId) {
        return jdbc.sql(APPEND)
                .param("status", r.status().code())
                .param("reason", r.reason())
                .param("user", user)
                .param("import", importId)
                .update();
    }

    List<List<String>> touched() {
        List<List<String>> result = new ArrayList<>();
        result.add(jdbc.sql("select distinct region_code from data_changed order by 1")
                .query(String.class)
                .list());
        result.add(jdbc.sql("select distinct indicator_code from data_changed order by 1")
                .query(String.class)
                .list());
        return result;
    }

    /** Runs a COPY on the transaction's own connection. */
    long copy(String sql, CopyBody body) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyStream stream = new CopyStream(
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql))) {
            body.write(stream);
            return stream.end();
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @FunctionalInterface
    interface CopyBody {
        void write(CopyStream stream) throws SQLException;
    }
}
