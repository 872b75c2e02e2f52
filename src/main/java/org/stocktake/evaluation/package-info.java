/**
 * Composite evaluation (综合评价): indicator frameworks (a tree of indicators, pillars, … and one
 * index, each node with a direction and a weight), per-indicator normalisation (min-max, z-score,
 * rank, efficacy coefficient, distance to frontier, distance to target with traffic lights, and the
 * OECD/JRC Handbook's ratios to and relative differences from the mean, leader and laggard,
 * above/below the mean, percentile, categorical scale, raw), weighted aggregation level by level
 * with drop-out of missing children and a data-availability threshold, non-compensatory
 * aggregation by outranking (Copeland scores and the Kemeny–Young ranking), deductions (减分项) and
 * vetoes (一票否决), ranks within peer groups, and the Monte Carlo sensitivity of ranks to weights
 * and to the choice of normalisation and aggregation.
 *
 * <p>Everything here is plain Java calculation on values handed in: no Spring beans, no SQL, no
 * files, no clock. It owns no tables. It may depend only on {@code org.stocktake.shared} and on
 * {@code org.stocktake.assessment} for the one ranking rule ({@link org.stocktake.assessment.Ranks}); the CLI,
 * the server and reports call it, never the other way round. Missing values are {@code NaN}
 * throughout and never turn into zeros. {@code CompositeService} caches the shipped example
 * evaluations and hears {@code PlanImported} (plan) and approved {@code ObservationsChanged}
 * (observations), which empty that cache (module listeners); it publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "evaluation",
        allowedDependencies = {
            "accounts",
            "assessment",
            "indicators",
            "observations",
            "plan",
            "platform",
            "regions",
            "shared"
        })
package org.stocktake.evaluation;
