package org.stocktake.assessment;

/** One calculator per target kind. Pure functions of their input; may throw {@link NoVerdict}. */
sealed interface Calculator
        permits LevelCalculator,
                AnnualGrowthCalculator,
                AnnualIncrementCalculator,
                MaintainCalculator,
                BoundCalculator,
                DirectionCalculator,
                ParityCalculator,
                RankCalculator,
                QualitativeCalculator {

    Verdict assess(VerdictInput input);
}
