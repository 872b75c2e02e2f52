package org.stocktake.observations;

import java.util.List;

/**
 * Published inside the transaction that changed observations (an import, an edit, an approval):
 * the regions and indicators whose values changed and the status of the new revisions. Only an
 * {@link Status#APPROVED} change moves the values that verdicts, pages and reports read.
 */
public record ObservationsChanged(List<String> regions, List<String> indicators, Status status) {

    public ObservationsChanged {
        regions = List.copyOf(regions);
        indicators = List.copyOf(indicators);
    }

    /** Whether approved values, the ones every read uses, may have changed. */
    public boolean approvedValues() {
        return status == Status.APPROVED;
    }
}
