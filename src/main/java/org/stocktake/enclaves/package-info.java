/**
 * 飞地经济 and 跨区域经济统计分成: agreements between a sending and a receiving (host) region about a
 * park, their split rules per indicator (double count for assessment, proportional shares, a split
 * of the increment over a base year) and the two-view ledger ({@link org.stocktake.enclaves.Ledger},
 * plain calculation). The statistical view is the official figure (在地统计, 100% to the host) and
 * the only one that may be published; the assessment view (考核口径，不得公开) is shown only to
 * callers {@code EnclaveService} lets see it, and every page, export and report of it says it may
 * not be published. Owns the {@code enclaves_*} tables; reads official figures from observations
 * and the parks' own figures from parks; runs evaluation's prefecture composite on either view
 * (the assessment view moves the base figures by the agreements' parts); publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "enclaves",
        allowedDependencies = {
            "accounts",
            "evaluation",
            "indicators",
            "observations",
            "parks",
            "platform",
            "regions",
            "shared"
        })
package org.stocktake.enclaves;
