/**
 * The verdicts of a plan's targets as stored snapshots: translates plan targets and observations
 * into the pure calculators' inputs ({@code assessment}), stores each verdict immutably with the
 * observations it used, and recomputes when a plan or its data change (events), never on page
 * load. Owns the {@code verdicts_*} tables. Hears, as module listeners (after the commit, each in a
 * transaction of its own, recorded in the event publication registry so that a crash re-delivers
 * instead of losing the recompute): {@code PlanImported} (plan), approved
 * {@code ObservationsChanged} (observations), and {@code TaskLightChanged} (supervision) for a task
 * linked to a qualitative target. Publishes {@link org.stocktake.verdicts.VerdictsRecomputed} in the
 * recompute's transaction (heard by cockpit). Feeds each target's verdict to the tasks' lights by a
 * call.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "verdicts",
        allowedDependencies = {
            "accounts", "assessment", "indicators", "observations", "plan", "platform", "regions", "shared", "supervision"
        })
package org.stocktake.verdicts;
