package org.stocktake.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stocktake.accounts.Actor;

/** Each user's inbox: their own messages only, newest first. */
@Service
public class InboxService {

    private final JdbcClient jdbc;
    private final Clock clock;

    InboxService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<InboxMessage> inbox(Actor actor) {
        return jdbc.sql("select * from tasks_inbox where recipient = :r order by id desc")
                .param("r", actor.username())
                .query((rs, n) -> {
                    long task = rs.getLong("task_id");
                    Long taskId = rs.wasNull() ? null : task;
                    String subject = rs.getString("subject");
                    String body = rs.getString("body");
                    String subjectEn = rs.getString("subject_en");
                    String bodyEn = rs.getString("body_en");
                    return new InboxMessage(
                            rs.getLong("id"),
                            rs.getTimestamp("created_at").toInstant(),
                            subject,
                            body,
                            taskId,
                            rs.getTimestamp("read_at") != null,
                            subjectEn == null ? subject : subjectEn,
                            bodyEn == null ? body : bodyEn);
                })
                .list();
    }

    public long unread(Actor actor) {
        return jdbc.sql("select count(*) from tasks_inbox where recipient = :r and read_at is null")
                .param("r", actor.username())
                .query(Long.class)
                .single();
    }

    /** Marks one of the actor's own messages read; another user's message is left alone. */
    public void markRead(Actor actor, long id) {
        jdbc.sql("update tasks_inbox set read_at = :at where id = :id and recipient = :r and read_at is null")
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("r", actor.username())
                .update();
    }
}
