package org.stocktake.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.UserView;
import org.stocktake.shared.LocalizedText;

/**
 * Tells people: a message in each recipient's inbox, kept in Chinese and English so that each
 * reader sees it in their own language, and an e-mail when SMTP is configured
 * ({@code spring.mail.host}) and the user has an address (both languages, Chinese first: the
 * platform does not know which one a user reads mail in). One statement writes a message for all
 * its recipients; a dedupe key sends it at most once per user; the e-mails of a transaction go
 * out together, over one connection, after it commits; a failed e-mail is logged and never undoes
 * the change.
 */
@Service
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);
    /** One statement for all recipients; answers the recipients who did not have the message yet. */
    private static final String INSERT = """
            insert into tasks_inbox (recipient, created_at, subject, body, subject_en, body_en, task_id, dedupe_key)
            select recipient, :at, :s, :b, :se, :be, cast(:t as bigint), :k
            from unnest(cast(:r as text[])) as recipient
            on conflict (recipient, dedupe_key) do nothing
            returning recipient
            """;

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;

    Notices(
            JdbcClient jdbc,
            AccountService accounts,
            ObjectProvider<JavaMailSender> mail,
            Clock clock,
            @Value("${stocktake.mail.from:stocktake@localhost}") String from) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
    }

    /** A message to one user (nothing if there is no such user). */
    public void toUser(String username, LocalizedText subject, LocalizedText body, Long taskId, String dedupeKey) {
        accounts.user(username).ifPresent(u -> send(List.of(u), subject, body, taskId, dedupeKey));
    }

    /** A message to some users; {@code body} may be null (none); {@code taskId} (may be null) links it to a task. */
    public void send(List<UserView> users, LocalizedText subject, LocalizedText body, Long taskId, String dedupeKey) {
        if (users.isEmpty()) {
            return;
        }
        String[] recipients = users.stream().map(UserView::username).distinct().toArray(String[]::new);
        Set<String> inserted = new HashSet<>(jdbc.sql(INSERT)
                .param("r", recipients)
                .param("at", Timestamp.from(clock.instant()))
                .param("s", subject.zh())
                .param("b", body == null ? "" : body.zh())
                .param("se", english(subject))
                .param("be", body == null ? "" : english(body))
                .param("t", taskId)
                .param("k", dedupeKey)
                .query(String.class)
                .list());
        List<SimpleMailMessage> mails = users.stream()
                .filter(u -> inserted.remove(u.username()))
                .map(UserView::email)
                .filter(e -> e != null && !e.isBlank())
                .map(to -> message(to, subject, body))
                .toList();
        if (mails.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            outbox().addAll(mails);
        } else {
            email(mails);
        }
    }

    private static String english(LocalizedText text) {
        return text.en() == null || text.en().isBlank() ? text.zh() : text.en();
    }

    /** One e-mail per address (nobody sees the others' addresses), in both languages when they differ. */
    private SimpleMailMessage message(String to, LocalizedText subject, LocalizedText body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        String en = english(subject);
        message.setSubject(en.equals(subject.zh()) ? en : subject.zh() + " / " + en);
        String zhBody = body == null ? "" : body.zh();
        String enBody = body == null ? "" : english(body);
        message.setText(enBody.equals(zhBody) ? enBody : zhBody + "\n\n" + enBody);
        return message;
    }

    /**
     * The e-mails of the current transaction, sent together over one connection after it commits
     * (and dropped if it rolls back). A transaction started inside another has its own.
     */
    private List<SimpleMailMessage> outbox() {
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Outbox outbox && outbox.owner() == this) {
                return outbox.mails();
            }
        }
        Outbox outbox = new Outbox(this, new ArrayList<>());
        TransactionSynchronizationManager.registerSynchronization(outbox);
        return outbox.mails();
    }

    private record Outbox(Notices owner, List<SimpleMailMessage> mails) implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            owner.email(mails);
        }
    }

    private void email(List<SimpleMailMessage> messages) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || messages.isEmpty()) {
            return;
        }
        try {
            sender.send(messages.toArray(SimpleMailMessage[]::new));
        } catch (MailException e) {
            log.warn("邮件未能全部发送 / could not send every e-mail ({} in all): {}", messages.size(), e.getMessage());
        }
    }
}
