/**
 * Indicator definitions: code, bilingual name, unit, polarity; formulas over other indicators
 * (a small language: {@link org.stocktake.indicators.Formula}, parsed by hand, evaluated by
 * {@link org.stocktake.indicators.FormulaEvaluator}); aggregation rules for regions above the data
 * ({@link org.stocktake.indicators.Aggregation}, {@link org.stocktake.indicators.Aggregator}); series
 * breaks (口径调整) and comparable segments ({@link org.stocktake.indicators.SeriesSegments}). Owns
 * the {@code indicators_*} tables. Holds no observations: formulas and aggregations read values
 * through a {@link org.stocktake.indicators.Lookup} the caller supplies. The calculators are plain
 * Java, without Spring or SQL.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "indicators",
        allowedDependencies = {"platform", "shared"})
package org.stocktake.indicators;
