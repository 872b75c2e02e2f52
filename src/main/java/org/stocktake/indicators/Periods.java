package org.stocktake.indicators;

import java.util.Optional;
import org.stocktake.shared.Period;

/** Period arithmetic the formulas need: stepping back by whole periods of the same kind. */
final class Periods {

    private Periods() {
    }

    /** Periods per year: 1, 4 or 12. */
    static int perYear(Period p) {
        return switch (p.kind()) {
            case YEAR -> 1;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
    }

    /** The period {@code steps} periods before {@code p} (same kind); empty outside the years a Period can hold. */
    static Optional<Period> back(Period p, int steps) {
        int perYear = perYear(p);
        int index = p.year() * perYear + Math.max(p.number(), 1) - 1 - steps;
        int year = Math.floorDiv(index, perYear);
        int number = p.kind() == Period.Kind.YEAR ? 0 : Math.floorMod(index, perYear) + 1;
        try {
            return Optional.of(new Period(year, p.kind(), number));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The first instant of the period as a fractional year (2024Q2 → 2024.25). */
    static double start(Period p) {
        return p.year() + (Math.max(p.number(), 1) - 1) / (double) perYear(p);
    }
}
