/**
 * Indicator definitions: code, bilingual name, unit, polarity. Owns the {@code indicators_*}
 * tables. Holds no observations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "indicators")
package org.stocktake.indicators;
