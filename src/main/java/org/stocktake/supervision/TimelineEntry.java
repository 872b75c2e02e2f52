package org.stocktake.supervision;

import java.time.Instant;

/**
 * One event in a task's history, for the task page: what kind, when, who, a line of text, and for
 * a light the light and its reasons as message codes.
 */
public record TimelineEntry(Instant at, String kind, String who, String text, java.util.List<String> codes) {

    public TimelineEntry(Instant at, String kind, String who, String text) {
        this(at, kind, who, text, java.util.List.of());
    }
}
