package org.stocktake.observations;

import java.util.Locale;
import java.util.Optional;

/**
 * How far a published value can be trusted, by where it was read: {@link #A} an official page (a
 * statistics bureau, a provincial department); {@link #B} official wording (a bulletin, a press
 * conference) carried by mainstream media or a faithful mirror; {@link #C} an aggregator quoting a
 * communiqué, shown but never used by a verdict until someone confirms it against an official page.
 * Values entered by users carry no class.
 */
public enum Reliability {
    A,
    B,
    C;

    /** The letter as stored and written in files: {@code A}. */
    public String code() {
        return name();
    }

    /** The message key of the class in words ({@code data.reliability.a}). */
    public String labelKey() {
        return "data.reliability." + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Reliability> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        for (Reliability r : values()) {
            if (r.name().equalsIgnoreCase(code.trim())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
