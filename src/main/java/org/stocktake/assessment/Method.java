package org.stocktake.assessment;

import java.util.Locale;
import java.util.Optional;

/**
 * How a target with a path (level, annual_growth, annual_increment, rank, direction) is judged:
 * completion against the time-proportional schedule, the Open SDG CAGR-ratio measure, or the
 * trend projected to the target year. Other kinds have one rule each and ignore the method.
 */
public enum Method {
    SCHEDULE,
    OPENSDG,
    TREND;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Method> parse(String text) {
        for (Method m : values()) {
            if (m.code().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
