package org.stocktake.supervision;

import java.util.Locale;
import org.stocktake.shared.Messages;

/** Where a task stands: waiting for a lead unit, in progress, completion claimed, closed out. */
public enum TaskStatus {
    UNASSIGNED,
    IN_PROGRESS,
    CLAIMED,
    CLOSED;

    public String zh() {
        return Messages.zh("status." + code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
