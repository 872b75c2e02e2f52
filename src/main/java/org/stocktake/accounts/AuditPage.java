package org.stocktake.accounts;

import java.util.List;

/** A page of audit entries and how many entries the filter matches in all. */
public record AuditPage(List<AuditEntry> entries, long total, int page, int size) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    /** How many pages the filter's entries fill (at least one). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
