/**
 * Observations: an indicator's value for a region and period, each with its source text, and
 * the loading of the published Hunan statistics that ship with Stocktake. Owns the
 * {@code data_*} tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "data")
package org.stocktake.data;
