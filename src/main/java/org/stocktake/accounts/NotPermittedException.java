package org.stocktake.accounts;

import org.stocktake.shared.ForbiddenException;

/** An actor tried something their role or scope does not allow. Nothing was changed. */
public class NotPermittedException extends ForbiddenException {

    public NotPermittedException(Actor actor, String zhWhat, String enWhat) {
        super(actor.username() + "（" + actor.role().code() + "）无权" + zhWhat,
                actor.username() + " (" + actor.role().code() + ") may not " + enWhat);
    }
}
