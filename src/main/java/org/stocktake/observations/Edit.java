package org.stocktake.observations;

import java.math.BigDecimal;
import java.util.Set;

/** A new value typed by a user; the unit defaults to the indicator's. */
public record Edit(BigDecimal value, String unit, String source, Set<Flag> flags) {

    public Edit {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    /**
     * A value as typed in a form, by the one number rule of the data module (ASCII decimal,
     * finite, within the range of a double); refused with the reason in zh and en.
     */
    public static BigDecimal value(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new org.stocktake.shared.InvalidInputException(
                    "value", java.util.List.of(org.stocktake.shared.Problem.of("value", "data.value.missing")));
        }
        NumberSyntax.Verdict v = NumberSyntax.parse(t);
        if (v.value() == null) {
            throw new org.stocktake.shared.InvalidInputException(
                    "value", java.util.List.of(new org.stocktake.shared.Problem("value", v.zh(), v.en())));
        }
        return v.value();
    }
}
