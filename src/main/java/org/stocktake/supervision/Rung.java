package org.stocktake.supervision;

import java.util.Locale;
import org.stocktake.shared.Messages;

/** The escalation ladder, from a reminder to a public bulletin. */
public enum Rung {
    REMINDER,
    URGE,
    LETTER,
    INTERVIEW,
    BULLETIN;

    public String zh() {
        return Messages.zh("rung." + code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Rung of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
