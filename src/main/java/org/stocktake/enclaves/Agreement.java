package org.stocktake.enclaves;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A 飞地 agreement: the sending region, the receiving (host) region where the park lies and where
 * the activity is counted officially, the park, the agreement document, its validity (an open end
 * when {@code validTo} is null) and its split rules. Ids are 0 until recorded.
 */
public record Agreement(
        long id,
        String name,
        String sender,
        String host,
        String park,
        String document,
        LocalDate validFrom,
        LocalDate validTo,
        List<SplitRule> rules) {

    public Agreement {
        rules = List.copyOf(rules);
    }

    /**
     * The part of a calendar year the agreement covers, from 0 (not in force at any day of it) to 1
     * (in force all year): a yearly figure is split only for the days the agreement was in force,
     * assuming the activity is spread evenly over the year.
     */
    public double coverage(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate from = validFrom.isAfter(first) ? validFrom : first;
        LocalDate to = validTo == null || validTo.isAfter(last) ? last : validTo;
        if (to.isBefore(from)) {
            return 0;
        }
        return (ChronoUnit.DAYS.between(from, to) + 1) / (double) first.lengthOfYear();
    }
}
