package org.stocktake.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Progress updates and their attachments. */
@Repository
class UpdateRepository {

    private static final String INSERT = """
            insert into tasks_update (task_id, unit_code, period, progress, problems, next_steps, percent, status,
                late, author, submitted_at, approved_by, version, supersedes)
            values (:task, :unit, :period, :progress, :problems, :next, :percent, :status, :late, :author, :at, :approvedBy,
                :version, :supersedes)
            returning id
            """;
    private static final String INSERT_ATTACHMENT = """
            insert into tasks_attachment (update_id, file_name, content_type, size, sha256, content, uploaded_by, uploaded_at)
            values (:u, :name, :type, :size, :sha, :content, :by, :at) returning id
            """;

    /**
     * Updates with their attachments' descriptions in one statement (one connection, one
     * snapshot): a row per attachment, folded into its update by {@link #updates}.
     */
    private static final String SELECT = """
            select u.*, a.id as a_id, a.file_name as a_name, a.content_type as a_type, a.size as a_size, a.sha256 as a_sha
            from tasks_update u left join tasks_attachment a on a.update_id = u.id
            """;

    private static final ResultSetExtractor<List<Update>> UPDATES = UpdateRepository::updates;

    private final JdbcClient jdbc;

    UpdateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long taskId,
            String unit,
            String period,
            Report r,
            UpdateStatus status,
            boolean late,
            String author,
            Instant at,
            String approvedBy) {
        return insert(taskId, unit, period, r, status, late, author, at, approvedBy, 1, null);
    }

    /** Inserts a report; a resubmission names the returned version it replaces and its own version number. */
    long insert(
            long taskId,
            String unit,
            String period,
            Report r,
            UpdateStatus status,
            boolean late,
            String author,
            Instant at,
            String approvedBy,
            int version,
            Long supersedes) {
        return jdbc.sql(INSERT)
                .param("task", taskId)
                .param("unit", unit)
                .param("period", period)
                .param("progress", r.progress())
                .param("problems", r.problems())
                .param("next", r.nextSteps())
                .param("percent", r.percent())
                .param("status", status.code())
                .param("late", late)
                .param("author", author)
                .param("at", Timestamp.from(at))
                .param("approvedBy", approvedBy)
                .param("version", version)
                .param("supersedes", supersedes)
                .query(Long.class)
                .single();
    }

    boolean reported(long taskId, String unit, String period) {
        return jdbc.sql("""
                select count(*) from tasks_update where task_id = :t and unit_code = :u and period = :p
                and status <> 'returned'
                """)
                        .param("t", taskId)
                        .param("u", unit)
                        .param("p", period)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The unit's latest report (highest id) for a period of a task, if any, consolidated ones aside. */
    Optional<Long> latest(long taskId, String unit, String period) {
        return jdbc.sql("""
                select id from tasks_update where task_id = :t and unit_code = :u and period = :p
                and status <> 'consolidated' order by id desc limit 1
                """)
                .param("t", taskId)
                .param("u", unit)
                .param("p", period)
                .query(Long.class)
                .optional();
    }

    /** Whether a later version replaces this report. */
    boolean superseded(long id) {
        return jdbc.sql("select count(*) from tasks_update where supersedes = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void consolidate(long taskId, String period, String leadUnit, long into) {
        jdbc.sql("""
                update tasks_update set status = 'consolidated', consolidated_in = :into
                where task_id = :t and period = :p and unit_code <> :lead and status in ('submitted', 'approved')
                """)
                .param("into", into)
                .param("t", taskId)
                .param("p", period)
                .param("lead", leadUnit)
                .update();
    }

    void setStatus(
            long id, UpdateStatus status, String approvedBy, String reviewedBy, Instant reviewedAt, String reason) {
        jdbc.sql("""
                update tasks_update set status = :s, approved_by = coalesce(:a, approved_by), reviewed_by = :r,
                    reviewed_at = :at, return_reason = :reason where id = :id
                """)
                .param("s", status.code())
                .param("a", approvedBy)
                .param("r", reviewedBy)
                .param("at", reviewedAt == null ? null : Timestamp.from(reviewedAt))
                .param("reason", reason)
                .param("id", id)
                .update();
    }

    Optional<Update> find(long id) {
        return jdbc.sql(SELECT + " where u.id = :id order by a.id").param("id", id).query(UPDATES).stream()
                .findFirst();
    }

    List<Update> ofTask(long taskId) {
        return jdbc.sql(SELECT + " where u.task_id = :t order by u.id, a.id")
                .param("t", taskId)
                .query(UPDATES);
    }

    /** Stores a staged upload, streaming its content from the staging file. */
    long insertAttachment(long updateId, Attachments.Staged staged, String by, Instant at) {
        try (java.io.InputStream content = java.nio.file.Files.newInputStream(staged.path())) {
            return jdbc.sql(INSERT_ATTACHMENT)
                    .param("u", updateId)
                    .param("name", staged.file().fileName())
                    .param("type", staged.file().contentType())
                    .param("size", staged.size())
                    .param("sha", staged.sha256())
                    .param("content", new org.springframework.jdbc.core.support.SqlBinaryValue(content, staged.size()))
                    .param("by", by)
                    .param("at", Timestamp.from(at))
                    .query(Long.class)
                    .single();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Gives a new version of a report the files of the version it replaces. */
    void copyAttachments(long from, long to) {
        jdbc.sql("""
                insert into tasks_attachment (update_id, file_name, content_type, size, sha256, content, uploaded_by, uploaded_at)
                select :to, file_name, content_type, size, sha256, content, uploaded_by, uploaded_at
                from tasks_attachment where update_id = :from order by id
                """).param("to", to).param("from", from).update();
    }

    Optional<Long> attachmentUpdate(long attachmentId) {
        return jdbc.sql("select update_id from tasks_attachment where id = :id")
                .param("id", attachmentId)
                .query(Long.class)
                .optional();
    }

    byte[] content(long attachmentId) {
        return jdbc.sql("select content from tasks_attachment where id = :id")
                .param("id", attachmentId)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    /** Folds the rows of {@link #SELECT} (ordered by update) into updates; reads only the result set. */
    private static List<Update> updates(ResultSet rs) throws SQLException {
        Map<Long, Update> updates = new LinkedHashMap<>();
        Map<Long, List<Update.Attachment>> attachments = new HashMap<>();
        while (rs.next()) {
            long id = rs.getLong("id");
            if (!updates.containsKey(id)) {
                updates.put(id, update(rs));
                attachments.put(id, new ArrayList<>());
            }
            long attachment = rs.getLong("a_id");
            if (!rs.wasNull()) {
                attachments
                        .get(id)
                        .add(new Update.Attachment(
                                attachment,
                                rs.getString("a_name"),
                                rs.getString("a_type"),
                                rs.getInt("a_size"),
                                rs.getString("a_sha")));
            }
        }
        return updates.values().stream()
                .map(u -> new Update(
                        u.id(),
                        u.taskId(),
                        u.unit(),
                        u.period(),
                        u.progress(),
                        u.problems(),
                        u.nextSteps(),
                        u.percent(),
                        u.status(),
                        u.late(),
                        u.author(),
                        u.submittedAt(),
                        u.approvedBy(),
                        u.reviewedBy(),
                        u.returnReason(),
                        u.version(),
                        u.supersedes(),
                        List.copyOf(attachments.get(u.id()))))
                .toList();
    }

    private static Update update(ResultSet rs) throws SQLException {
        return new Update(
                rs.getLong("id"),
                rs.getLong("task_id"),
                rs.getString("unit_code"),
                rs.getString("period"),
                rs.getString("progress"),
                rs.getString("problems"),
                rs.getString("next_steps"),
                rs.getInt("percent"),
                UpdateStatus.of(rs.getString("status")),
                rs.getBoolean("late"),
                rs.getString("author"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("approved_by"),
                rs.getString("reviewed_by"),
                rs.getString("return_reason"),
                rs.getInt("version"),
                rs.getObject("supersedes", Long.class),
                List.of());
    }
}
