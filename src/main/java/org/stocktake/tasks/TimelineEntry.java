package org.stocktake.tasks;

import java.time.Instant;

/** One event in a task's history, for the task page: what kind, when, who, and a line of text. */
public record TimelineEntry(Instant at, String kind, String who, String text) {
}
