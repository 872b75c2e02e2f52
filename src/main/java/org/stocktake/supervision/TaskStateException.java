package org.stocktake.supervision;

import org.stocktake.shared.ConflictException;

/** A transition the current state does not allow; the message names the state. Nothing changed. */
public class TaskStateException extends ConflictException {

    TaskStateException(String key, Object... args) {
        super(key, args);
    }
}
