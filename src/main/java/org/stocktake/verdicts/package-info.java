/**
 * The verdicts of a plan's targets as stored snapshots: translates plan targets and observations
 * into the pure calculators' inputs ({@code assessment}), stores each verdict immutably with the
 * observations it used, and recomputes when a plan or its data change (events), never on page
 * load. Owns the {@code verdicts_*} tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "verdicts", allowedDependencies = {"accounts", "assessment", "indicators", "observations", "plan", "shared", "supervision"})
package org.stocktake.verdicts;
