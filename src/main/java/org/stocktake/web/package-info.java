/**
 * Pages (Thymeleaf + htmx + ECharts, zh-CN by default with an English switch) and the JSON API
 * under {@code /api/v1}. Reads through the other modules' services; nothing depends on web.
 */
@org.springframework.modulith.ApplicationModule(displayName = "web")
package org.stocktake.web;
