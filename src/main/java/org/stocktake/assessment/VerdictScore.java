package org.stocktake.assessment;

import java.util.Collection;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The one verdict-score rule, by which prefectures are ranked on how their targets do: each
 * verdict class is worth a score out of 100 — 已实现 and 提前实现 100, 快于预期 80, 基本符合预期 60,
 * 滞后 30, 未实现 and 倒退 0 — and a region's score is the mean of the scores of its verdicts,
 * rounded to one decimal. 口径调整，无法直接比较 and 数据不足 say nothing about progress: they are left
 * out, and a region with no other verdict has no score (it is not ranked). Regions are then ranked
 * by {@link Ranks} (higher is better, ties share the best place).
 */
public final class VerdictScore {

    /** The classes left out of a score: they say nothing about how far a target has come. */
    static final Set<String> EXCLUDED = Set.of("not_comparable", "insufficient_data");

    private VerdictScore() {}

    /**
     * A class's score out of 100, empty for a class that is left out. Read by the class's code so
     * that the rule names every class there is; {@code VerdictScoreTest} fails for a class added
     * to {@link VerdictClass} without a score or an exclusion here.
     */
    public static OptionalDouble of(VerdictClass cls) {
        return switch (cls.code()) {
            case "achieved", "achieved_early" -> OptionalDouble.of(100);
            case "ahead" -> OptionalDouble.of(80);
            case "on_track" -> OptionalDouble.of(60);
            case "lagging" -> OptionalDouble.of(30);
            case "not_achieved", "deteriorating" -> OptionalDouble.of(0);
            default -> OptionalDouble.empty();
        };
    }

    /** The mean score of a region's verdicts, one decimal; empty when none of them is scored. */
    public static OptionalDouble mean(Collection<VerdictClass> classes) {
        double sum = 0;
        int n = 0;
        for (VerdictClass c : classes) {
            OptionalDouble s = of(c);
            if (s.isPresent()) {
                sum += s.getAsDouble();
                n++;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.round(sum / n * 10) / 10.0);
    }

    /** How many of the verdicts count towards the score. */
    public static int counted(Collection<VerdictClass> classes) {
        return (int) classes.stream().filter(c -> of(c).isPresent()).count();
    }
}
