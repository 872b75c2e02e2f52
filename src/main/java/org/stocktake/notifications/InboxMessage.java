package org.stocktake.notifications;

import java.time.Instant;

/** A message in a user's inbox. */
public record InboxMessage(long id, Instant at, String subject, String body, Long taskId, boolean read) {}
