package org.stocktake.accounts;

import org.stocktake.shared.ForbiddenException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;

/** An actor tried something their role or scope does not allow. Nothing was changed. */
public class NotPermittedException extends ForbiddenException {

    /** {@code whatKey} names, in the bundles, what was refused ({@code 管理单位} / {@code manage units}). */
    public NotPermittedException(Actor actor, String whatKey, Object... args) {
        this(actor, Messages.text(whatKey, args));
    }

    public NotPermittedException(Actor actor, LocalizedText what) {
        super(Messages.text(
                "error.not-permitted",
                actor.username(),
                LocalizedText.of("role." + actor.role().code()),
                what));
    }
}
