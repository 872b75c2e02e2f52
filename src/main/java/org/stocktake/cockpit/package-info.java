/**
 * The leader's pages: home, the targets with verdicts, the cockpit (总览), map, rankings, region
 * profile and comparison, the indicator trajectory with its downloads, and the regions map page.
 * Everything is in {@code web}: read models built once per data change from the other modules'
 * doors and kept in a cache that module events clear; no page computes a verdict (verdicts are the
 * stored snapshots). Owns no table. Nothing depends on cockpit. Hears, as module listeners (after
 * the commit, recorded in the event publication registry): {@code PlanImported} (plan),
 * {@code ObservationsChanged} (observations) and {@code TaskLightChanged} (supervision), which
 * empty the read cache, and {@code VerdictsRecomputed} (verdicts), which empties it and builds the
 * cockpit again. Publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "cockpit",
        allowedDependencies = {
            "accounts",
            "assessment",
            "indicators",
            "observations",
            "plan",
            "platform",
            "regions",
            "shared",
            "supervision",
            "verdicts"
        })
package org.stocktake.cockpit;
