package org.stocktake.supervision;


import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
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
 * ({@code spring.mail.host}) and the user has an address. E-mail goes out after the change
 * commits; a failed e-mail is logged and never undoes the change.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final String INSERT = """
            insert into tasks_inbox (recipient, created_at, subject, body, task_id, dedupe_key)
            values (:r, :at, :s, :b, :t, :k) on conflict (recipient, dedupe_key) do nothing
            """;

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;

    Notifier(JdbcClient jdbc, AccountService accounts, ObjectProvider<JavaMailSender> mail, Clock clock,
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
        for (UserView user : users) {
            int inserted = jdbc.sql(INSERT).param("r", user.username()).param("at", Timestamp.from(clock.instant()))
                    .param("s", subject).param("b", body).param("t", task == null ? null : task.id())
                    .param("k", dedupeKey).update();
            if (inserted == 1 && user.email() != null && !user.email().isBlank()) {
                afterCommit(() -> email(user.email(), subject, body));
            }
        }
    }

    private void email(String to, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("邮件未能发送给 {} / could not e-mail {}: {}", to, to, e.getMessage());
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
