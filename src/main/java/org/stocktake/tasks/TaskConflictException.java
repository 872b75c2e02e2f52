package org.stocktake.tasks;

import java.util.Locale;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;

/** Someone else saved the task since it was read; the caller should reload and reapply. */
public class TaskConflictException extends RuntimeException {

    private final LocalizedText text;

    TaskConflictException(String code, int readVersion, int currentVersion) {
        this(Messages.text("tasks.conflict", code, readVersion, currentVersion));
    }

    private TaskConflictException(LocalizedText text) {
        super(text.en());
        this.text = text;
    }

    public String message(Locale locale) {
        return text.in(locale);
    }
}
