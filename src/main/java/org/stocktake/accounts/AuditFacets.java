package org.stocktake.accounts;

import java.util.List;

/** What the audit log's filters offer: the kinds of entity in the log and the users (and jobs) who acted. */
public record AuditFacets(List<String> entities, List<String> actors) {

    public AuditFacets {
        entities = List.copyOf(entities);
        actors = List.copyOf(actors);
    }
}
