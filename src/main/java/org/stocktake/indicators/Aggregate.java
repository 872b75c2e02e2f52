package org.stocktake.indicators;

import java.util.List;
import org.stocktake.shared.Period;

/**
 * An indicator's value for a region above the data, with the children it was computed from
 * ({@code covered}) and those left out for want of data ({@code missing}).
 */
public record Aggregate(
        String indicator, String region, Period period, Evaluation value, List<String> covered, List<String> missing) {

    public Aggregate {
        covered = List.copyOf(covered);
        missing = List.copyOf(missing);
    }

    /** Share of children with data, 0 to 1 (0 when there are no children). */
    public double coverage() {
        int all = covered.size() + missing.size();
        return all == 0 ? 0 : covered.size() / (double) all;
    }

    public boolean complete() {
        return missing.isEmpty() && !covered.isEmpty();
    }
}
