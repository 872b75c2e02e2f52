package org.stocktake.data;

import java.math.BigDecimal;
import java.util.Set;

/** A new value typed by a user; the unit defaults to the indicator's. */
public record Edit(BigDecimal value, String unit, String source, Set<Flag> flags) {

    public Edit {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }
}
