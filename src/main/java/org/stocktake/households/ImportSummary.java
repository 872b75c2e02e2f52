package org.stocktake.households;

/** What an import of the extract did: households added, changed, and found unchanged (appending nothing). */
public record ImportSummary(int added, int changed, int unchanged) {}
