package org.stocktake.observations;

import java.time.Duration;
import java.util.List;

/**
 * What an import did: rows read, revisions appended, rows whose value was already current, the
 * values flagged as far from their series' history (first {@link ImportProblems#CAP} kept), and
 * how long pass 1 (checking) and pass 2 (writing, to the commit) took.
 */
public record ImportResult(
        String file,
        long rows,
        long appended,
        long unchanged,
        List<Outlier> outliers,
        long outlierCount,
        Duration checking,
        Duration writing) {

    public ImportResult {
        outliers = List.copyOf(outliers);
    }
}
