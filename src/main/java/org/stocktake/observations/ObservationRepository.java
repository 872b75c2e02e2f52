package org.stocktake.observations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL over the revision table and its views: current values, published values (every approved
 * value, class C included) and usable values (published, less unconfirmed class C values).
 */
@Repository
class ObservationRepository {

    private static final String APPROVED = """
            select indicator_code, region_code, period, value, unit, source, revision,
                   quote, reliability, derivation, confirmed_by, confirmed_at
            from %s
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
                                       flags, status, reason, changed_by, changed_at,
                                       quote, reliability, derivation, confirmed_by, confirmed_at)
            select :indicator, :region, :period, coalesce(c.revision, 0) + 1, cast(:value as numeric), :unit,
                   :source, cast(:flags as text[]), :status, :reason, :user, now(),
                   cast(:quote as text), cast(:reliability as text), cast(:derivation as text),
                   cast(:confirmedBy as text), cast(:confirmedAt as timestamptz)
            from (select 1) one
            left join lateral (select * from data_revision r
                               where r.indicator_code = :indicator and r.region_code = :region
                                 and r.period = :period
                               order by r.revision desc limit 1) c on true
            where c.revision is null
               or (c.value, c.unit, c.source, c.flags, c.quote, c.reliability, c.derivation) is distinct from
                  (cast(:value as numeric), cast(:unit as text), cast(:source as text), cast(:flags as text[]),
                   cast(:quote as text), cast(:reliability as text), cast(:derivation as text))
            """;

    private static final String APPEND = """
            insert into data_revision (indicator_code, region_code, period, revision, value, unit, source,
                                       flags, status, reason, changed_by, changed_at,
                                       quote, reliability, derivation, confirmed_by, confirmed_at)
            values (:indicator, :region, :period, :revision, :value, :unit, :source, cast(:flags as text[]),
                    :status, :reason, :user, now(),
                    :quote, :reliability, :derivation, :confirmedBy, :confirmedAt)
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

    /** Approved values a verdict may rest on (no unconfirmed class C value); null means any. */
    List<Observation> approved(String indicator, String region) {
        return approvedFrom("data_observation", indicator, region);
    }

    /** Every approved value, unconfirmed class C values included; null means any. */
    List<Observation> published(String indicator, String region) {
        return approvedFrom("data_published", indicator, region);
    }

    private List<Observation> approvedFrom(String view, String indicator, String region) {
        return jdbc.sql(APPROVED.formatted(view))
                .param("indicator", indicator)
                .param("region", region)
                .query((rs, n) -> new Observation(
                        rs.getString("indicator_code"),
                        rs.getString("region_code"),
                        rs.getString("period"),
                        rs.getBigDecimal("value"),
                        rs.getString("unit"),
                        rs.getString("source"),
                        rs.getInt("revision"),
                        provenance(rs)))
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

    long countPublished() {
        return jdbc.sql("select count(*) from data_published").query(Long.class).single();
    }

    /** How many published values hold each reliability class ("" for none). */
    java.util.Map<String, Long> countPublishedByClass() {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("select coalesce(reliability, '') as c, count(*) as n from data_published group by 1")
                .query((rs, n) -> counts.put(rs.getString("c"), rs.getLong("n")))
                .list();
        return counts;
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
        return appendIfChanged(key, edit, Provenance.NONE, status, user, reason);
    }

    /** The same, for a published value with its provenance (compared too). */
    boolean appendIfChanged(
            ObservationKey key, Edit edit, Provenance provenance, Status status, String user, String reason) {
        return provenance(keyed(APPEND_IF_CHANGED, key), provenance)
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

    void append(
            ObservationKey key,
            int revision,
            Edit edit,
            Provenance provenance,
            Status status,
            String user,
            String reason) {
        provenance(keyed(APPEND, key), provenance)
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

    private static JdbcClient.StatementSpec provenance(JdbcClient.StatementSpec spec, Provenance p) {
        return spec.param("quote", p.quote())
                .param(
                        "reliability",
                        p.reliability() == null ? null : p.reliability().code())
                .param("derivation", p.derivation())
                .param("confirmedBy", p.confirmedBy())
                .param("confirmedAt", p.confirmedAt() == null ? null : Timestamp.from(p.confirmedAt()));
    }

    static Provenance provenance(ResultSet rs) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        return new Provenance(
                rs.getString("quote"),
                Reliability.of(rs.getString("reliability")).orElse(null),
                rs.getString("derivation"),
                rs.getString("confirmed_by"),
                confirmed == null ? null : confirmed.toInstant());
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
                z,
                provenance(rs));
    }
}
