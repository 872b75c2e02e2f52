package org.stocktake.indicators;

import java.util.OptionalDouble;
import org.stocktake.shared.Period;

/** Where formulas and aggregations read their inputs: the value of an indicator for a region and period, if there is one. */
@FunctionalInterface
public interface Lookup {

    OptionalDouble value(String indicator, String region, Period period);
}
