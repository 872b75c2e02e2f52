/**
 * Pages (Thymeleaf + htmx + ECharts, zh-CN by default with an English switch) and the JSON API
 * under {@code /api/v1}. Reads through the other modules' services; nothing depends on web.
 * The cockpit pages (总览, map, rankings, region, comparison, indicator) read named read models
 * kept in a {@link org.stocktake.web.ReadCache} that any module event clears; no page computes a
 * verdict. Tasks by warning light come through {@link org.stocktake.web.TaskLightsReadModel}, not
 * yet wired to the tasks module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "web")
package org.stocktake.web;
