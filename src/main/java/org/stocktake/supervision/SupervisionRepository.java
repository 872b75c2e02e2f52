package org.stocktake.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supervision records, extension requests and completion claims. */
@Repository
class SupervisionRepository {

    private final JdbcClient jdbc;

    SupervisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRecord(long task, Rung rung, String by, Instant at, String to, String note, LocalDate due) {
        return jdbc.sql("""
                insert into tasks_record (task_id, rung, issued_by, issued_at, to_unit, note, response_due)
                values (:t, :r, :by, :at, :to, :note, :due) returning id
                """)
                .param("t", task)
                .param("r", rung.code())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("to", to)
                .param("note", note)
                .param("due", due == null ? null : Date.valueOf(due))
                .query(Long.class)
                .single();
    }

    void respond(long id, String response, String by, Instant at) {
        jdbc.sql("update tasks_record set response = :r, responded_by = :by, responded_at = :at where id = :id")
                .param("r", response)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    Optional<SupervisionRecord> record(long id) {
        return jdbc.sql("select * from tasks_record where id = :id")
                .param("id", id)
                .query(this::mapRecord)
                .optional();
    }

    List<SupervisionRecord> records(Long task) {
        return jdbc.sql("select * from tasks_record where (cast(:t as bigint) is null or task_id = :t) order by id")
                .param("t", task)
                .query(this::mapRecord)
                .list();
    }

    private SupervisionRecord mapRecord(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Date due = rs.getDate("response_due");
        Timestamp responded = rs.getTimestamp("responded_at");
        return new SupervisionRecord(
                rs.getLong("id"),
                rs.getLong("task_id"),
                Rung.of(rs.getString("rung")),
                rs.getString("issued_by"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("to_unit"),
                rs.getString("note"),
                due == null ? null : due.toLocalDate(),
                rs.getString("response"),
                rs.getString("responded_by"),
                responded == null ? null : responded.toInstant());
    }

    long insertExtension(
            long task, String by, Instant at, LocalDate oldDeadline, LocalDate newDeadline, String reason) {
        return jdbc.sql("""
                insert into tasks_extension (task_id, requested_by, requested_at, old_deadline, new_deadline, reason, status)
                values (:t, :by, :at, :old, :new, :reason, :status) returning id
                """)
                .param("status", ExtensionStatus.PENDING.code())
                .param("t", task)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("old", oldDeadline == null ? null : Date.valueOf(oldDeadline))
                .param("new", Date.valueOf(newDeadline))
                .param("reason", reason)
                .query(Long.class)
                .single();
    }

    void decideExtension(long id, ExtensionStatus status, String by, Instant at, String reason) {
        jdbc.sql("""
                update tasks_extension set status = :s, decided_by = :by, decided_at = :at, decision_reason = :r where id = :id
                """)
                .param("s", status.code())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("r", reason)
                .param("id", id)
                .update();
    }

    Optional<Extension> extension(long id) {
        return extensions(null).stream().filter(e -> e.id() == id).findFirst();
    }

    List<Extension> extensions(Long task) {
        return jdbc.sql("select * from tasks_extension where (cast(:t as bigint) is null or task_id = :t) order by id")
                .param("t", task)
                .query((rs, n) -> {
                    Date old = rs.getDate("old_deadline");
                    return new Extension(
                            rs.getLong("id"),
                            rs.getLong("task_id"),
                            rs.getString("requested_by"),
                            rs.getTimestamp("requested_at").toInstant(),
                            old == null ? null : old.toLocalDate(),
                            rs.getDate("new_deadline").toLocalDate(),
                            rs.getString("reason"),
                            ExtensionStatus.of(rs.getString("status")),
                            rs.getString("decided_by"),
                            rs.getString("decision_reason"));
                })
                .list();
    }

    long insertClaim(long task, String by, Instant at, String evidence) {
        return jdbc.sql("""
                insert into tasks_claim (task_id, claimed_by, claimed_at, evidence, status)
                values (:t, :by, :at, :e, :status) returning id
                """)
                .param("status", ClaimStatus.PENDING.code())
                .param("t", task)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("e", evidence)
                .query(Long.class)
                .single();
    }

    void reviewClaim(long id, ClaimStatus status, String by, Instant at, String reason) {
        jdbc.sql("update tasks_claim set status = :s, reviewed_by = :by, reviewed_at = :at, reason = :r where id = :id")
                .param("s", status.code())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("r", reason)
                .param("id", id)
                .update();
    }

    List<Claim> claims(Long task) {
        return jdbc.sql("select * from tasks_claim where (cast(:t as bigint) is null or task_id = :t) order by id")
                .param("t", task)
                .query((rs, n) -> new Claim(
                        rs.getLong("id"),
                        rs.getLong("task_id"),
                        rs.getString("claimed_by"),
                        rs.getTimestamp("claimed_at").toInstant(),
                        rs.getString("evidence"),
                        ClaimStatus.of(rs.getString("status")),
                        rs.getString("reviewed_by"),
                        rs.getString("reason")))
                .list();
    }
}
