package org.stocktake.observations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * One entry in the history of a value: what it was set to, its status, who changed it, when
 * and why. {@code outlierZ} is the robust z-score against the series' history when the value
 * was flagged as far from it on import, otherwise null.
 */
public record Revision(
        ObservationKey key,
        int revision,
        BigDecimal value,
        String unit,
        String source,
        Set<Flag> flags,
        Status status,
        String reason,
        String changedBy,
        Instant changedAt,
        Double outlierZ) {

    public Revision {
        flags = Set.copyOf(flags);
    }
}
