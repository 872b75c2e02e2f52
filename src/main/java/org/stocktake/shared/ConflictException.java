package org.stocktake.shared;

import java.util.Locale;

/**
 * A change the current state of the data does not allow (a state transition, someone else's newer edit): answered
 * 409 with the message in the reader's language. Nothing was changed.
 */
public class ConflictException extends RuntimeException {

    private final LocalizedText text;

    /** The reason as a message-bundle key and its arguments. */
    protected ConflictException(String key, Object... args) {
        this(Messages.text(key, args));
    }

    private ConflictException(LocalizedText text) {
        super(text.en());
        this.text = text;
    }

    public String message(Locale locale) {
        return text.in(locale);
    }
}
