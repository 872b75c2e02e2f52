package org.stocktake.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Progress updates and their attachments. */
@Repository
class UpdateRepository {

    private static final String INSERT = """
            insert into tasks_update (task_id, unit_code, period, progress, problems, next_steps, percent, status,
                late, author, submitted_at, approved_by)
            values (:task, :unit, :period, :progress, :problems, :next, :percent, :status, :late, :author, :at, :approvedBy)
            returning id
            """;
    private static final String INSERT_ATTACHMENT = """
            insert into tasks_attachment (update_id, file_name, content_type, size, sha256, content, uploaded_by, uploaded_at)
            values (:u, :name, :type, :size, :sha, :content, :by, :at) returning id
            """;

    private final JdbcClient jdbc;

    UpdateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long taskId, String unit, String period, Report r, String status, boolean late, String author,
            Instant at, String approvedBy) {
        return jdbc.sql(INSERT).param("task", taskId).param("unit", unit).param("period", period)
                .param("progress", r.progress()).param("problems", r.problems()).param("next", r.nextSteps())
                .param("percent", r.percent()).param("status", status).param("late", late).param("author", author)
                .param("at", Timestamp.from(at)).param("approvedBy", approvedBy).query(Long.class).single();
    }

    boolean reported(long taskId, String unit, String period) {
        return jdbc.sql("""
                select count(*) from tasks_update where task_id = :t and unit_code = :u and period = :p
                and status <> 'returned'
                """).param("t", taskId).param("u", unit).param("p", period).query(Long.class).single() > 0;
    }

    void consolidate(long taskId, String period, String leadUnit, long into) {
        jdbc.sql("""
                update tasks_update set status = 'consolidated', consolidated_in = :into
                where task_id = :t and period = :p and unit_code <> :lead and status in ('submitted', 'approved')
                """).param("into", into).param("t", taskId).param("p", period).param("lead", leadUnit).update();
    }

    void setStatus(long id, String status, String approvedBy, String reviewedBy, Instant reviewedAt, String reason) {
        jdbc.sql("""
                update tasks_update set status = :s, approved_by = coalesce(:a, approved_by), reviewed_by = :r,
                    reviewed_at = :at, return_reason = :reason where id = :id
                """).param("s", status).param("a", approvedBy).param("r", reviewedBy)
                .param("at", reviewedAt == null ? null : Timestamp.from(reviewedAt)).param("reason", reason)
                .param("id", id).update();
    }

    Optional<Update> find(long id) {
        return jdbc.sql("select * from tasks_update where id = :id").param("id", id).query(this::update).optional();
    }

    List<Update> ofTask(long taskId) {
        return jdbc.sql("select * from tasks_update where task_id = :t order by id").param("t", taskId)
                .query(this::update).list();
    }

    /** Stores a staged upload, streaming its content from the staging file. */
    long insertAttachment(long updateId, Attachments.Staged staged, String by, Instant at) {
        try (java.io.InputStream content = java.nio.file.Files.newInputStream(staged.path())) {
            return jdbc.sql(INSERT_ATTACHMENT).param("u", updateId).param("name", staged.file().fileName())
                    .param("type", staged.file().contentType()).param("size", staged.size()).param("sha", staged.sha256())
                    .param("content", new org.springframework.jdbc.core.support.SqlBinaryValue(content, staged.size()))
                    .param("by", by).param("at", Timestamp.from(at)).query(Long.class).single();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Optional<Long> attachmentUpdate(long attachmentId) {
        return jdbc.sql("select update_id from tasks_attachment where id = :id").param("id", attachmentId)
                .query(Long.class).optional();
    }

    byte[] content(long attachmentId) {
        return jdbc.sql("select content from tasks_attachment where id = :id").param("id", attachmentId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private Update update(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<Update.Attachment> attachments = jdbc.sql("""
                select id, file_name, content_type, size, sha256 from tasks_attachment where update_id = :u order by id
                """).param("u", id).query((a, i) -> new Update.Attachment(a.getLong(1), a.getString(2), a.getString(3),
                a.getInt(4), a.getString(5))).list();
        return new Update(id, rs.getLong("task_id"), rs.getString("unit_code"), rs.getString("period"),
                rs.getString("progress"), rs.getString("problems"), rs.getString("next_steps"), rs.getInt("percent"),
                rs.getString("status"), rs.getBoolean("late"), rs.getString("author"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("approved_by"), rs.getString("reviewed_by"),
                rs.getString("return_reason"), attachments);
    }
}
