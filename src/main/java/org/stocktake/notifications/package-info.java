/**
 * Telling people: {@link org.stocktake.notifications.Notices} writes a message in Chinese and
 * English into each recipient's inbox and e-mails it (supervision's reminders, escalations and
 * decisions; a data value returned to its submitter); the inbox is read and marked read by its
 * recipient only, each message in the reader's language; its page and API in {@code web}. Owns the
 * {@code tasks_inbox} table (named for where it began).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "notifications",
        allowedDependencies = {"accounts", "platform", "shared"})
package org.stocktake.notifications;
