/**
 * The verdicts of a plan's targets, per target × region pair: translates plan targets and
 * observations into the pure calculators' inputs ({@code assessment}) and stores each pair's
 * current verdict with the observations it used, and a history of every new or changed one;
 * recomputes when a plan or its data change (events), never on page load. Which pairs get a
 * verdict is one rule ({@code RegionPairs}): each target in its scope region, each region with its
 * own decomposed target (目标分解, imported from a file, {@code example} marking 示例（非官方）), and each
 * region directly below the scope without one, against the scope's target as a benchmark
 * (对标全省目标) for rates, shares and directions. Owns the {@code verdicts_*} tables
 * ({@code verdicts_current}, {@code verdicts_snapshot}, {@code verdicts_region_target}). Reads values
 * only by targeted reads (some indicators, in some regions, over the years judged), never the whole
 * table. Hears, as module listeners (after the commit, each in a transaction of its own, recorded in
 * the event publication registry so that a crash re-delivers instead of losing the recompute):
 * {@code PlanImported} (plan: every pair), approved {@code ObservationsChanged} (observations: only
 * the pairs whose series, formula inputs included, the change touched), {@code TaskLightChanged}
 * (supervision: the qualitative targets of the task) and its own {@link
 * org.stocktake.verdicts.RegionTargetsChanged} (the decomposed targets, in every region). Publishes
 * {@link org.stocktake.verdicts.VerdictsRecomputed} in the recompute's transaction (heard by
 * cockpit). Feeds each target's verdict in its scope to the tasks' lights by a call.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "verdicts",
        allowedDependencies = {
            "accounts",
            "assessment",
            "indicators",
            "observations",
            "plan",
            "platform",
            "regions",
            "shared",
            "supervision"
        })
package org.stocktake.verdicts;
