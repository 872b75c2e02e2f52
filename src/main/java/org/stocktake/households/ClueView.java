package org.stocktake.households;

import java.time.Instant;

/** A clue as the county's own users see it: the person's number masked, the household if known, the result once closed. */
public record ClueView(
        long id,
        String kind,
        String household,
        String idMasked,
        long amountFen,
        Instant createdAt,
        String result,
        String reason) {}
