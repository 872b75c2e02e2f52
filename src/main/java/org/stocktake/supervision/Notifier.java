package org.stocktake.supervision;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Role;
import org.stocktake.accounts.UserView;
import org.stocktake.notifications.Notices;
import org.stocktake.platform.When;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;

/**
 * Tells the people of a task — its unit's users, a role, one user — through notifications
 * ({@link Notices}: the inbox, and e-mail when configured). A message given as
 * {@link LocalizedText} is shown to each reader in their language; a plain text is shown as it is.
 */
@Component
class Notifier {

    private final AccountService accounts;
    private final Notices notices;

    Notifier(AccountService accounts, Notices notices) {
        this.accounts = accounts;
        this.notices = notices;
    }

    /** A message for a task, to every user of a unit. A dedupe key sends it at most once per user. */
    void toUnit(String unit, Task task, LocalizedText subject, LocalizedText body, String dedupeKey) {
        if (unit != null) {
            send(accounts.usersOfUnit(unit), task, subject, body, dedupeKey);
        }
    }

    void toRole(Role role, Task task, LocalizedText subject, LocalizedText body, String dedupeKey) {
        send(accounts.usersWithRole(role), task, subject, body, dedupeKey);
    }

    void toUser(String username, Task task, LocalizedText subject, LocalizedText body, String dedupeKey) {
        accounts.user(username).ifPresent(u -> send(List.of(u), task, subject, body, dedupeKey));
    }

    void toUnit(String unit, Task task, LocalizedText subject, String body, String dedupeKey) {
        toUnit(unit, task, subject, plain(body), dedupeKey);
    }

    void toRole(Role role, Task task, LocalizedText subject, String body, String dedupeKey) {
        toRole(role, task, subject, plain(body), dedupeKey);
    }

    void toUser(String username, Task task, LocalizedText subject, String body, String dedupeKey) {
        toUser(username, task, subject, plain(body), dedupeKey);
    }

    void toUnit(String unit, Task task, String subject, String body, String dedupeKey) {
        toUnit(unit, task, plain(subject), plain(body), dedupeKey);
    }

    void toRole(Role role, Task task, String subject, String body, String dedupeKey) {
        toRole(role, task, plain(subject), plain(body), dedupeKey);
    }

    void toUser(String username, Task task, String subject, String body, String dedupeKey) {
        toUser(username, task, plain(subject), plain(body), dedupeKey);
    }

    private void send(List<UserView> users, Task task, LocalizedText subject, LocalizedText body, String dedupeKey) {
        notices.send(users, subject, body, task == null ? null : task.id(), dedupeKey);
    }

    /**
     * A note followed by a labelled day, each language on its own: "请按期报送\n回复期限 2026年3月20日" /
     * "请按期报送\nrespond by 20 Mar 2026"; none when both are missing.
     */
    static LocalizedText withDay(String note, String labelKey, String separator, java.time.LocalDate day) {
        String text = note == null ? "" : note;
        if (day == null) {
            return plain(text);
        }
        String newline = text.isEmpty() ? "" : "\n";
        return new LocalizedText(
                text + newline + Messages.zh(labelKey) + separator + When.day(day, Messages.ZH),
                text + newline + Messages.get(Messages.EN, labelKey) + separator + When.day(day, Messages.EN));
    }

    /** A text that is the same in both languages; none for an empty one. */
    private static LocalizedText plain(String text) {
        return text == null || text.isBlank() ? null : new LocalizedText(text, text);
    }
}
