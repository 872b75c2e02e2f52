package org.stocktake.assessment;

/** The facade: picks the calculator for the target's kind and turns missing data into 数据不足. */
public final class VerdictEngine {

    private VerdictEngine() {}

    public static Verdict assess(VerdictInput input) {
        Calculator calculator = switch (input.target().kind()) {
            case LEVEL -> new LevelCalculator();
            case ANNUAL_GROWTH -> new AnnualGrowthCalculator();
            case ANNUAL_INCREMENT -> new AnnualIncrementCalculator();
            case MAINTAIN -> new MaintainCalculator();
            case FLOOR, CEILING -> new BoundCalculator();
            case DIRECTION -> new DirectionCalculator();
            case PARITY -> new ParityCalculator();
            case RANK -> new RankCalculator();
            case QUALITATIVE -> new QualitativeCalculator();
        };
        try {
            return calculator.assess(input);
        } catch (NoVerdict missing) {
            return missing.verdict();
        }
    }
}
