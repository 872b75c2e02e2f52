package org.stocktake.parks;

import java.time.Instant;

/** A management decision recorded on a park for a year: which rule, what action, who, when, by which document. */
public record Decision(
        long id,
        String park,
        int year,
        String rule,
        String action,
        String decidedBy,
        Instant decidedAt,
        String document) {}
