package org.stocktake.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A request to move a task's deadline, and the decision on it. */
public record Extension(
        long id,
        long taskId,
        String requestedBy,
        Instant requestedAt,
        LocalDate oldDeadline,
        LocalDate newDeadline,
        String reason,
        ExtensionStatus status,
        String decidedBy,
        String decisionReason) {}
