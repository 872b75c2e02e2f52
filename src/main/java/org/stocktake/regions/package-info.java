/**
 * The region hierarchy (province, prefectures, counties; GB/T 2260 codes) with a materialised
 * path, named region groups, and prefecture boundaries for maps. Owns the {@code regions_*}
 * tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "regions",
        allowedDependencies = {"platform", "shared"})
package org.stocktake.regions;
