package org.stocktake.notifications;

import java.time.Instant;
import java.util.Locale;

/**
 * A message in a user's inbox: {@code subject} and {@code body} in Chinese, {@code subjectEn} and
 * {@code bodyEn} in English (the same text for messages stored before there were two).
 */
public record InboxMessage(
        long id, Instant at, String subject, String body, Long taskId, boolean read, String subjectEn, String bodyEn) {

    /** The subject in the reader's language. */
    public String subjectIn(Locale locale) {
        return english(locale) ? subjectEn : subject;
    }

    /** The body in the reader's language. */
    public String bodyIn(Locale locale) {
        return english(locale) ? bodyEn : body;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
