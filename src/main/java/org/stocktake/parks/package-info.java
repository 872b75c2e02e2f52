/**
 * 园区: the park registry (level, type, host region, area, managing body, location), the parks'
 * yearly indicator values, the yearly 五好园区 evaluation with places in peer groups (same level and
 * type), and dynamic management: rules as data ({@code parks/management-rules.csv}: bottom places
 * some years running → warning, downgrade or exit; top places → upgrade recommendation) applied
 * year by year by {@link org.stocktake.parks.Management} (plain calculation), each decision
 * recorded with who, when and the document. Owns the {@code parks_*} tables. The composite engine
 * is evaluation's; publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "parks",
        allowedDependencies = {"accounts", "evaluation", "platform", "regions", "shared"})
package org.stocktake.parks;
