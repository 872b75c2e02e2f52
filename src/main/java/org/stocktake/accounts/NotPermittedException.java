package org.stocktake.accounts;

import java.util.Locale;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;

/** An actor tried something their role or scope does not allow. Nothing was changed. */
public class NotPermittedException extends RuntimeException {

    private final LocalizedText text;

    /** {@code whatKey} names, in the bundles, what was refused ({@code 管理单位} / {@code manage units}). */
    public NotPermittedException(Actor actor, String whatKey, Object... args) {
        this(actor, Messages.text(whatKey, args));
    }

    public NotPermittedException(Actor actor, LocalizedText what) {
        this(Messages.text("error.not-permitted", actor.username(), actor.role().code(), what));
    }

    private NotPermittedException(LocalizedText text) {
        super(text.en());
        this.text = text;
    }

    public String message(Locale locale) {
        return text.in(locale);
    }
}
