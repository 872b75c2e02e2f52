/**
 * The inbox: the messages the supervision loop leaves for a user (reminders, escalations,
 * decisions), read and marked read by their recipient only; its page and API in {@code web}.
 * Reads the {@code tasks_inbox} table that supervision's notifier writes.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "notifications",
        allowedDependencies = {"accounts", "platform", "shared"})
package org.stocktake.notifications;
