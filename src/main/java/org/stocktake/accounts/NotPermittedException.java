package org.stocktake.accounts;

import java.util.Locale;

/** An actor tried something their role or scope does not allow. Nothing was changed. */
public class NotPermittedException extends RuntimeException {

    private final String zh;

    public NotPermittedException(Actor actor, String zhWhat, String enWhat) {
        super(actor.username() + " (" + actor.role().code() + ") may not " + enWhat);
        this.zh = actor.username() + "（" + actor.role().code() + "）无权" + zhWhat;
    }

    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? getMessage() : zh;
    }
}
