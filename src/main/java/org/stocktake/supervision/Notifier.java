package org.stocktake.supervision;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Role;
import org.stocktake.accounts.UserView;

/**
 * Tells people: a message in each recipient's inbox, and an e-mail when SMTP is configured
 * ({@code spring.mail.host}) and the user has an address. One statement writes a message for all
 * its recipients; the e-mails of a transaction go out together, over one connection, after it
 * commits; a failed e-mail is logged and never undoes the change.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    /** One statement for all recipients; answers the recipients who did not have the message yet. */
    private static final String INSERT = """
            insert into tasks_inbox (recipient, created_at, subject, body, task_id, dedupe_key)
            select recipient, :at, :s, :b, cast(:t as bigint), :k from unnest(cast(:r as text[])) as recipient
            on conflict (recipient, dedupe_key) do nothing
            returning recipient
            """;

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;

    Notifier(
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

    /** A message for a task, to every user of a unit. A dedupe key sends it at most once per user. */
    void toUnit(String unit, Task task, String subject, String body, String dedupeKey) {
        if (unit != null) {
            send(accounts.usersOfUnit(unit), task, subject, body, dedupeKey);
        }
    }

    void toRole(Role role, Task task, String subject, String body, String dedupeKey) {
        send(accounts.usersWithRole(role), task, subject, body, dedupeKey);
    }

    void toUser(String username, Task task, String subject, String body, String dedupeKey) {
        accounts.user(username).ifPresent(u -> send(List.of(u), task, subject, body, dedupeKey));
    }

    private void send(List<UserView> users, Task task, String subject, String body, String dedupeKey) {
        if (users.isEmpty()) {
            return;
        }
        String[] recipients = users.stream().map(UserView::username).distinct().toArray(String[]::new);
        Set<String> inserted = new HashSet<>(jdbc.sql(INSERT)
                .param("r", recipients)
                .param("at", Timestamp.from(clock.instant()))
                .param("s", subject)
                .param("b", body)
                .param("t", task == null ? null : task.id())
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

    /** One e-mail per address: nobody sees the others' addresses. */
    private SimpleMailMessage message(String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
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

    private record Outbox(Notifier owner, List<SimpleMailMessage> mails) implements TransactionSynchronization {
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
