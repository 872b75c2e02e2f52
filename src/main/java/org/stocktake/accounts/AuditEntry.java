package org.stocktake.accounts;

import java.time.Instant;

/** One state change: who, when, what, and the state before and after (JSON, null when none). */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String entity,
        String entityId,
        String action,
        String before,
        String after) {}
