package org.stocktake.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** One rung of supervision on a task: who issued it, when, to which unit, by when to respond, and the response. */
public record SupervisionRecord(
        long id,
        long taskId,
        Rung rung,
        String issuedBy,
        Instant issuedAt,
        String toUnit,
        String note,
        LocalDate responseDue,
        String response,
        String respondedBy,
        Instant respondedAt) {}
