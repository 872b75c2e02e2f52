package org.stocktake.verdicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.stocktake.assessment.Comparison;
import org.stocktake.assessment.Direction;
import org.stocktake.assessment.Point;
import org.stocktake.assessment.Series;
import org.stocktake.assessment.TargetKind;
import org.stocktake.assessment.TargetSpec;
import org.stocktake.data.Observation;
import org.stocktake.plan.PlanDocument;
import org.stocktake.shared.Period;

/** Translates a plan's target and the observations of its indicator into calculator inputs. */
final class TargetInputs {

    private TargetInputs() {
    }

    static TargetSpec spec(PlanDocument plan, PlanDocument.Target t) {
        PlanDocument.Baseline b = t.baseline();
        int baselineYear = b != null && b.year() != null ? b.year() : plan.startYear() - 1;
        Double baselineValue = b != null && b.value() != null ? b.value().doubleValue() : null;
        TargetKind kind = TargetKind.valueOf(t.kind().name());
        Comparison comparison = t.comparator() == null ? null : Comparison.valueOf(t.comparator().name());
        Direction direction = t.direction() == null ? null
                : t.direction() == org.stocktake.plan.Direction.INCREASE ? Direction.POSITIVE : Direction.NEGATIVE;
        Double tolerance = t.tolerance() != null ? Double.valueOf(t.tolerance().doubleValue())
                : kind == TargetKind.PARITY ? Double.valueOf(0.5) : null;
        Integer rank = t.rankWithin() != null ? t.rankWithin() : kind == TargetKind.RANK ? Integer.valueOf(10) : null;
        int targetYear = Math.max(t.targetYear(), baselineYear);
        return new TargetSpec(kind, comparison, t.value() == null ? null : t.value().doubleValue(), baselineYear,
                baselineValue, targetYear, direction, Boolean.TRUE.equals(t.eachYear()), tolerance, rank);
    }

    /** The yearly points of a series up to the as-of year, with the periods it used. */
    static Series series(List<Observation> observations, TreeSet<Integer> breakYears, int asOf, List<String> used) {
        List<Point> points = new ArrayList<>();
        for (Observation o : observations) {
            Period p = Period.parse(o.period()).orElse(null);
            if (p != null && p.kind() == Period.Kind.YEAR && p.year() <= asOf) {
                points.add(new Point(p.year(), o.value().doubleValue()));
                used.add(o.indicator() + "@" + o.region() + "@" + o.period());
            }
        }
        return new Series(points, breakYears);
    }

    /** Break years per indicator: the first year of each new caliber. */
    static TreeSet<Integer> breaks(Map<String, List<Integer>> breaks, String indicator) {
        return new TreeSet<>(breaks.getOrDefault(indicator, List.of()));
    }
}
