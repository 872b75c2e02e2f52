package org.stocktake.accounts;

import java.time.Instant;

/**
 * One page of the audit log, newest first, filtered where a filter is given (null matches all):
 * by the acting user, by the kind of entity (and one entity's id), by time from (inclusive) and to
 * (exclusive). Pages count from 1.
 */
public record AuditQuery(String actor, String entity, String entityId, Instant from, Instant to, int page, int size) {

    public AuditQuery {
        page = Math.max(1, page);
        size = Math.max(1, Math.min(size, 500));
    }
}
