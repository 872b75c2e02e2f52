/**
 * Pages (Thymeleaf + htmx + ECharts, zh-CN by default with an English switch) and the JSON API
 * under {@code /api/v1}. Reads through the other modules' services; nothing depends on web.
 * The cockpit pages (总览, map, rankings, region, comparison, indicator) read named read models
 * kept in a {@link org.stocktake.web.ReadCache}; no page computes a verdict. Tasks by warning light
 * come through {@link org.stocktake.web.TaskLightsReadModel}. Hears, as module listeners (after the
 * commit, recorded in the event publication registry): {@code PlanImported} (plan),
 * {@code ObservationsChanged} (data) and {@code TaskLightChanged} (tasks), which empty the read
 * cache, and {@code VerdictsRecomputed} (verdicts), which empties it and builds the cockpit again.
 * Publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "web")
package org.stocktake.web;
