package org.stocktake.tasks;

import java.util.Locale;

/** A transition the current state does not allow; the message names the state. Nothing changed. */
public class TaskStateException extends RuntimeException {

    private final String zh;

    TaskStateException(String zh, String en) {
        super(en);
        this.zh = zh;
    }

    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? getMessage() : zh;
    }
}
