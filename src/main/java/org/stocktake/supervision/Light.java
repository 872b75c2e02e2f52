package org.stocktake.supervision;

import java.util.Locale;

/** A task's warning light; blue means closed out (销号). */
public enum Light {
    GREEN,
    YELLOW,
    RED,
    BLUE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Light of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
