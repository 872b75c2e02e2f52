package org.stocktake.data;

import java.util.List;

/**
 * What an import did: rows read, revisions appended, rows whose value was already current, and
 * the values flagged as far from their series' history (first {@link ImportProblems#CAP} kept).
 */
public record ImportResult(String file, long rows, long appended, long unchanged, List<Outlier> outliers,
        long outlierCount) {

    public ImportResult {
        outliers = List.copyOf(outliers);
    }
}
