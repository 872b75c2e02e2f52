package org.stocktake.shared;

import java.util.Locale;

/** Something the caller's role or scope does not allow: answered 403 in the reader's language. Nothing changed. */
public class ForbiddenException extends RuntimeException {

    private final LocalizedText text;

    /** The reason in both languages (usually from {@link Messages#text}). */
    protected ForbiddenException(LocalizedText text) {
        super(text.en());
        this.text = text;
    }

    public String message(Locale locale) {
        return text.in(locale);
    }
}
