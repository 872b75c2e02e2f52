package org.stocktake.tasks;

import java.util.Locale;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;

/** A transition the current state does not allow; the message names the state. Nothing changed. */
public class TaskStateException extends RuntimeException {

    private final LocalizedText text;

    TaskStateException(String key, Object... args) {
        this(Messages.text(key, args));
    }

    private TaskStateException(LocalizedText text) {
        super(text.en());
        this.text = text;
    }

    public String message(Locale locale) {
        return text.in(locale);
    }
}
