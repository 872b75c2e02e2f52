package org.stocktake.supervision;

import java.time.Instant;
import org.stocktake.shared.LocalizedText;

/**
 * One event in a task's history, for the task page: what kind, when, who, a line of text, for a
 * light the light and its reasons as message codes, and where the event says itself in words in
 * both languages (an assignment), those words.
 */
public record TimelineEntry(
        Instant at, String kind, String who, String text, java.util.List<String> codes, LocalizedText words) {

    public TimelineEntry(Instant at, String kind, String who, String text, java.util.List<String> codes) {
        this(at, kind, who, text, codes, null);
    }

    public TimelineEntry(Instant at, String kind, String who, String text) {
        this(at, kind, who, text, java.util.List.of(), null);
    }
}
