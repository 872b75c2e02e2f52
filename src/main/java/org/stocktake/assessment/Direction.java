package org.stocktake.assessment;

import java.util.Locale;
import java.util.Optional;

/** The desired direction of an indicator: higher is better (positive) or lower is better (negative). */
public enum Direction {
    POSITIVE(1),
    NEGATIVE(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** +1 or −1. */
    public int sign() {
        return sign;
    }

    /** {@code positive} / {@code negative}, case-insensitive; empty for anything else. */
    public static Optional<Direction> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "positive" -> Optional.of(POSITIVE);
            case "negative" -> Optional.of(NEGATIVE);
            default -> Optional.empty();
        };
    }
}
