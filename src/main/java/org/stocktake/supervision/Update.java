package org.stocktake.supervision;

import java.time.Instant;
import java.util.List;

/**
 * A progress report (进展情况, 存在问题, 下步打算, percent) of one unit for one reporting period. A
 * returned report resubmitted is a new version of the same period: {@code version} counts from 1 and
 * {@code supersedes} names the returned version it replaces.
 */
public record Update(
        long id,
        long taskId,
        String unit,
        String period,
        String progress,
        String problems,
        String nextSteps,
        int percent,
        UpdateStatus status,
        boolean late,
        String author,
        Instant submittedAt,
        String approvedBy,
        String reviewedBy,
        String returnReason,
        int version,
        Long supersedes,
        List<Attachment> attachments) {

    /** An attachment's description; the content is fetched separately. */
    public record Attachment(long id, String fileName, String contentType, int size, String sha256) {}
}
