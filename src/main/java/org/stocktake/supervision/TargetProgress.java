package org.stocktake.supervision;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a target linked to a task stands, as its verdict tells the task lights: from best to worst.
 * Stored by {@link #code()} ({@code on_track}, {@code behind}, {@code off_track}).
 */
public enum TargetProgress {
    ON_TRACK,
    BEHIND,
    OFF_TRACK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<TargetProgress> of(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
