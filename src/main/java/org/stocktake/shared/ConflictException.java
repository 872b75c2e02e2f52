package org.stocktake.shared;

import java.util.Locale;

/**
 * A change the current state of the data does not allow (a state transition, someone else's newer edit): answered
 * 409 with the message in the reader's language. Nothing was changed.
 */
public class ConflictException extends RuntimeException {

    private final String zh;

    protected ConflictException(String zh, String en) {
        super(en);
        this.zh = zh;
    }

    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? getMessage() : zh;
    }
}
