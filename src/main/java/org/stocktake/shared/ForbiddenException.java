package org.stocktake.shared;

import java.util.Locale;

/** Something the caller's role or scope does not allow: answered 403 in the reader's language. Nothing changed. */
public class ForbiddenException extends RuntimeException {

    private final String zh;

    protected ForbiddenException(String zh, String en) {
        super(en);
        this.zh = zh;
    }

    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? getMessage() : zh;
    }
}
