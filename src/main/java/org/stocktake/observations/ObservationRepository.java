package org.stocktake.observations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the revision table and its two views: current values and approved values. */
@Repository
class ObservationRepository {

    private static final String APPROVED = """
            select indicator_code, region_code, period, value, unit, source, revision
            from data_observation
            where abs(value) < 1.7976931348623157e308
              and (cast(:indicator as text) is null or indicator_code = :indicator)
              and (cast(:region as text) is null or region_code = :region)
            order by indicator_code, region_code, period
            """;

    private static final String HISTORY = """
            select * from data_revision
            where indicator_code = :indicator and region_code = :region and period = :period
            order by revision
            """;

    private static final String CURRENT = """
            select * from data_revision
            where indicator_code = :indicator and region_code = :region and period = :period
            order by revision desc limit 1
            """;

    /** Appends a revision unless the current one already holds the same value, unit, source and flags. */
    private static final String APPEND_IF_CHANGED = """
            insert into data_revision (indicator_code, region_code, period, revision, value, unit, source,
                                       flags, status, reason, changed_by, changed_at)
            select :indicator, :region, :period, coalesce(c.revision, 0) + 1, cast(:value as numeric), :unit,
                   :source, cast(:flags as text[]), :status, :reason, :user, now()
            from (select 1) one
            left join lateral (select * from data_revision r
                               where r.indicator_code = :indicator and r.region_code = :region
                                 and r.period = :period
                               order by r.revision desc limit 1) c on true
            where c.revision is null
               or (c.value, c.unit, c.source, c.flags) is distinct from
                  (cast(:value as numeric), cast(:unit as text), cast(:source as text), cast(:flags as text[]))
            """;

    private static final String APPEND = """
            insert into data_revision (indicator_code, region_code, period, revision, value, unit, source,
                                       flags, status, reason, changed_by, changed_at)
            values (:indicator, :region, :period, :revision, :value, :unit, :source, cast(:flags as text[]),
                    :status, :reason, :user, now())
            """;

    private final JdbcClient jdbc;

    ObservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for a running import: a step and an import never number the same revision. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(" + ImportRepository.LOCK + ")")
                .query(Object.class)
                .single();
    }

    List<Observation> approved(String indicator, String region) {
        return jdbc.sql(APPROVED)
                .param("indicator", indicator)
                .param("region", region)
                .query((rs, n) -> new Observation(
                        rs.getString("indicator_code"),
                        rs.getString("region_code"),
                        rs.getString("period"),
                        rs.getBigDecimal("value"),
                        rs.getString("unit"),
                        rs.getString("source"),
                        rs.getInt("revision")))
                .list();
    }

    java.util.Optional<java.time.Instant> lastChange() {
        return jdbc.sql("select max(changed_at) from data_revision")
                .query(java.sql.Timestamp.class)
                .optional()
                .map(java.sql.Timestamp::toInstant);
    }

    long countApproved() {
        return jdbc.sql("select count(*) from data_observation")
                .query(Long.class)
                .single();
    }

    List<Revision> history(ObservationKey key) {
        return keyed(HISTORY, key).query((rs, n) -> revision(rs)).list();
    }

    /** Values whose latest revision waits for approval, oldest first. */
    List<Revision> awaitingApproval(int limit) {
        return jdbc.sql("select * from data_current where status = 'submitted' order by changed_at limit :limit")
                .param("limit", limit)
                .query((rs, n) -> revision(rs))
                .list();
    }

    Optional<Revision> current(ObservationKey key) {
        return keyed(CURRENT, key).query((rs, n) -> revision(rs)).optional();
    }

    /** True when a revision was appended, false when the value was already current. */
    boolean appendIfChanged(ObservationKey key, Edit edit, Status status, String user, String reason) {
        return keyed(APPEND_IF_CHANGED, key)
                        .param("value", edit.value())
                        .param("unit", edit.unit())
                        .param("source", edit.source())
                        .param("flags", Flag.toArray(edit.flags()))
                        .param("status", status.code())
                        .param("reason", reason)
                        .param("user", user)
                        .update()
                > 0;
    }

    void append(ObservationKey key, int revision, Edit edit, Status status, String user, String reason) {
        keyed(APPEND, key)
                .param("revision", revision)
                .param("value", edit.value())
                .param("unit", edit.unit())
                .param("source", edit.source())
                .param("flags", Flag.toArray(edit.flags()))
                .param("status", status.code())
                .param("reason", reason)
                .param("user", user)
                .update();
    }

    private JdbcClient.StatementSpec keyed(String sql, ObservationKey key) {
        return jdbc.sql(sql)
                .param("indicator", key.indicator())
                .param("region", key.region())
                .param("period", key.period());
    }

    static Revision revision(ResultSet rs) throws SQLException {
        ObservationKey key =
                new ObservationKey(rs.getString("indicator_code"), rs.getString("region_code"), rs.getString("period"));
        Timestamp at = rs.getTimestamp("changed_at");
        double score = rs.getDouble("outlier_z");
        Double z = rs.wasNull() ? null : score;
        return new Revision(
                key,
                rs.getInt("revision"),
                rs.getBigDecimal("value"),
                rs.getString("unit"),
                rs.getString("source"),
                Flag.fromArray(rs.getArray("flags")),
                Status.of(rs.getString("status")).orElseThrow(),
                rs.getString("reason"),
                rs.getString("changed_by"),
                at.toInstant(),
                z);
    }
}
