/**
 * The command line ({@code ./stocktake}): serve the platform, import, export and validate plans,
 * and the batch calculators. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "cli",
        allowedDependencies = {
            "accounts",
            "assessment",
            "database",
            "enclaves",
            "evaluation",
            "indicators",
            "observations",
            "parks",
            "plan",
            "regions",
            "reports",
            "shared",
            "verdicts"
        })
package org.stocktake.cli;
