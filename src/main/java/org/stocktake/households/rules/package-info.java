/**
 * The rules of monitoring as plain Java (no Spring, no SQL, no I/O, no clock): the monitoring line
 * and income window of each province and year ({@link org.stocktake.households.rules.MonitoringLines}),
 * the consistency rules ({@link org.stocktake.households.rules.Consistency}), the removal conditions
 * ({@link org.stocktake.households.rules.Removal}) and the GB 11643 check character
 * ({@link org.stocktake.households.rules.IdNumber}). Inputs are this package's records; so the same
 * code runs in the server, the command line and a batch engine.
 */
package org.stocktake.households.rules;
