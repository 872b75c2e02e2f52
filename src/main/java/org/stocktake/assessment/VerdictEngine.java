package org.stocktake.assessment;

import java.util.List;
import java.util.Optional;
import org.stocktake.shared.LocalizedText;

/**
 * The facade: picks the calculator for the target's kind, turns missing data into 数据不足, and holds
 * the rules every kind shares.
 *
 * <ul>
 *   <li>Final verdicts: from the target year on, the data are read up to the target year; with the
 *       target year's value the calculators give 已实现 / 未实现; without it the verdict on the latest
 *       year is given and says that the target year's data are not yet published.</li>
 *   <li>Target in force: when the data judged lie after a series break, a target whose value is a
 *       level (level, maintain, floor, ceiling) is judged against its revision for that caliber; with
 *       none, the verdict is 口径调整，无法直接比较. Other kinds are re-based on the new segment.</li>
 * </ul>
 */
public final class VerdictEngine {

    private VerdictEngine() {}

    public static Verdict assess(VerdictInput input) {
        TargetSpec t = input.target();
        if (t.kind() == TargetKind.QUALITATIVE) {
            return run(input);
        }
        boolean closing = input.asOfYear() >= t.targetYear();
        VerdictInput in = closing ? input.withAsOf(t.targetYear()) : input;
        LocalizedText revised = null;
        List<Point> seen = in.series().upTo(in.asOfYear());
        if (!seen.isEmpty() && t.valueOnCaliber()) {
            Point latest = seen.get(seen.size() - 1);
            Optional<Integer> cut = in.series().breakBetween(t.baselineYear(), latest.year());
            if (cut.isPresent()) {
                Optional<Revision> revision = t.revisionFor(cut.get());
                if (revision.isEmpty()) {
                    return notComparable(t, latest, cut.get());
                }
                in = in.with(t.withValue(revision.get().value()));
                revised = LocalizedText.of(
                        "assessment.revised",
                        cut.get(),
                        Text.val(revision.get().value(), t.unit()),
                        Text.val(t.value(), t.unit()),
                        revision.get().document());
            }
        }
        Verdict v = run(in);
        if (revised != null) {
            v = append(v, revised);
        }
        Integer latestYear = v.figures().latestYear();
        if (closing && latestYear != null && latestYear < t.targetYear()) {
            v = append(v, LocalizedText.of("assessment.not-final", t.targetYear(), latestYear));
        }
        return v;
    }

    private static Verdict run(VerdictInput input) {
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

    /** 口径调整，无法直接比较: the latest data lie after a break and the target has no value on their caliber. */
    private static Verdict notComparable(TargetSpec t, Point latest, int cut) {
        Figures f =
                new Figures(null, null, latest.year(), latest.value(), null, null, null, null, null, null, null, cut);
        LocalizedText target = Text.val(t.value(), t.unit());
        LocalizedText value = Text.val(latest.value(), t.unit());
        return new Verdict.Judged(
                VerdictClass.NOT_COMPARABLE,
                f,
                latest.year() == cut
                        ? Text.sentence(null, "assessment.not-comparable", cut, value, target)
                        : Text.sentence(null, "assessment.not-comparable.later", latest.year(), value, cut, target));
    }

    private static Verdict append(Verdict v, LocalizedText note) {
        LocalizedText text = Text.append(v.explanation(), note);
        return v instanceof Verdict.InsufficientData
                ? new Verdict.InsufficientData(v.figures(), text)
                : new Verdict.Judged(v.verdictClass(), v.figures(), text);
    }
}
