package org.stocktake.supervision;

import java.time.Instant;

/** The lead unit's claim that a task is complete, with its evidence, and the coordinator's review. */
public record Claim(
        long id,
        long taskId,
        String claimedBy,
        Instant claimedAt,
        String evidence,
        ClaimStatus status,
        String reviewedBy,
        String reason) {}
