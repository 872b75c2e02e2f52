package org.stocktake.supervision;

import org.stocktake.shared.ConflictException;

/** Someone else saved the task since it was read; the caller should reload and reapply. */
public class TaskConflictException extends ConflictException {

    TaskConflictException(String code, int readVersion, int currentVersion) {
        super("tasks.conflict", code, readVersion, currentVersion);
    }
}
