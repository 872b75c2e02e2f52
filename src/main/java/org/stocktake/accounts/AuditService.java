package org.stocktake.accounts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log: every state change of a task, an update, a record or a permission, with who,
 * when, before and after. Append-only (the table refuses updates and deletes); browsable and
 * exportable as CSV.
 */
@Service
public class AuditService {

    private static final String INSERT = """
            insert into accounts_audit (at, actor, entity, entity_id, action, before, after)
            values (:at, :actor, :entity, :id, :action, cast(:before as jsonb), cast(:after as jsonb))
            """;
    private static final String SELECT = """
            select id, at, actor, entity, entity_id, action, before::text as before, after::text as after
            from accounts_audit
            where (cast(:entity as text) is null or entity = :entity)
              and (cast(:id as text) is null or entity_id = :id)
              and (cast(:actor as text) is null or actor = :actor)
            order by id
            """;
    private static final String PAGE_FILTER = """
            from accounts_audit
            where (cast(:entity as text) is null or entity = :entity)
              and (cast(:id as text) is null or entity_id = :id)
              and (cast(:actor as text) is null or actor = :actor)
              and (cast(:from as timestamptz) is null or at >= :from)
              and (cast(:to as timestamptz) is null or at < :to)
            """;
    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change; {@code before} and {@code after} are any JSON-serialisable values. */
    public void record(Actor actor, String entity, Object entityId, String action, Object before, Object after) {
        jdbc.sql(INSERT)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("actor", actor.username())
                .param("entity", entity)
                .param("id", String.valueOf(entityId))
                .param("action", action)
                .param("before", json(before))
                .param("after", json(after))
                .update();
    }

    /** The log as a coordinator, leader or administrator reads it; anyone else is refused. */
    public List<AuditEntry> read(Actor reader, String entity, String entityId) {
        requireAuditor(reader);
        return find(entity, entityId, null);
    }

    /**
     * One page of the log, newest first, for a coordinator, leader or administrator (anyone else
     * is refused): the page's entries and the count of all the filter matches.
     */
    public AuditPage page(Actor reader, AuditQuery query) {
        requireAuditor(reader);
        long total = filtered(jdbc.sql("select count(*) " + PAGE_FILTER), query)
                .query(Long.class)
                .single();
        List<AuditEntry> entries = filtered(
                        jdbc.sql("select id, at, actor, entity, entity_id, action, before::text as before,"
                                + " after::text as after " + PAGE_FILTER
                                + " order by id desc limit :limit offset :offset"),
                        query)
                .param("limit", query.size())
                .param("offset", (long) (query.page() - 1) * query.size())
                .query((rs, n) -> entry(rs))
                .list();
        return new AuditPage(entries, total, query.page(), query.size());
    }

    /** The kinds of entity the log holds and the users who acted, for the page's filters. */
    public AuditFacets facets(Actor reader) {
        requireAuditor(reader);
        return new AuditFacets(
                jdbc.sql("select distinct entity from accounts_audit order by entity")
                        .query(String.class)
                        .list(),
                jdbc.sql("select distinct actor from accounts_audit order by actor")
                        .query(String.class)
                        .list());
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec sql, AuditQuery q) {
        return sql.param("entity", q.entity())
                .param("id", q.entityId())
                .param("actor", q.actor())
                .param("from", q.from() == null ? null : java.sql.Timestamp.from(q.from()))
                .param("to", q.to() == null ? null : java.sql.Timestamp.from(q.to()));
    }

    private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("entity"),
                rs.getString("entity_id"),
                rs.getString("action"),
                rs.getString("before"),
                rs.getString("after"));
    }

    /** The whole log as CSV, for a coordinator, leader or administrator. */
    public String exportCsv(Actor reader) {
        requireAuditor(reader);
        return exportCsv(null, null, null);
    }

    private static void requireAuditor(Actor reader) {
        if (!reader.is(Role.COORDINATOR, Role.ADMIN, Role.LEADER)) {
            throw new NotPermittedException(reader, "refused.audit-log");
        }
    }

    /** Entries in order, filtered by entity, entity id and actor where given (nulls match all). */
    public List<AuditEntry> find(String entity, String entityId, String actor) {
        return jdbc.sql(SELECT)
                .param("entity", entity)
                .param("id", entityId)
                .param("actor", actor)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The entries as CSV (UTF-8 with a header), for an auditor's spreadsheet. */
    public String exportCsv(String entity, String entityId, String actor) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader("id", "at", "actor", "entity", "entity_id", "action", "before", "after")
                .get()
                .print(out)) {
            for (AuditEntry e : find(entity, entityId, actor)) {
                csv.printRecord(e.id(), e.at(), e.actor(), e.entity(), e.entityId(), e.action(), e.before(), e.after());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }
}
