package org.stocktake.verdicts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.stocktake.assessment.Point;
import org.stocktake.assessment.Series;
import org.stocktake.indicators.Evaluation;
import org.stocktake.indicators.FormulaEvaluator;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.observations.Observation;
import org.stocktake.shared.Period;

/**
 * Yearly series of any indicator for a region: the published value where there is one, otherwise
 * the indicator's formula over published values (trade dependency = trade / GDP × 100), with
 * the indicator's series breaks. Never fills a gap otherwise.
 */
final class YearlySeries {

    private final Map<String, Double> published = new HashMap<>();
    private final Map<String, Integer> revisions = new HashMap<>();
    private final Map<String, String> derivations = new HashMap<>();
    private final FormulaEvaluator evaluator;
    private final IndicatorService indicators;
    private final int fromYear;
    private final int toYear;

    YearlySeries(List<Observation> observations, IndicatorService indicators, int fromYear, int toYear) {
        for (Observation o : observations) {
            published.put(key(o.indicator(), o.region(), o.period()), o.value().doubleValue());
            revisions.put(key(o.indicator(), o.region(), o.period()), o.revision());
            if (o.derivation() != null) {
                derivations.put(key(o.indicator(), o.region(), o.period()), o.derivation());
            }
        }
        this.indicators = indicators;
        this.evaluator = indicators.evaluator((indicator, region, period) -> {
            Double v = published.get(key(indicator, region, period.toString()));
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        });
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    /**
     * The series up to the as-of year; {@code used} receives what each point rests on: the
     * observation and its revision ({@code forest_coverage@430000@2024#r1}), or "(derived)".
     */
    Series series(String indicator, String region, List<String> used) {
        List<Point> points = new ArrayList<>();
        Map<Integer, String> derived = new HashMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            String period = Integer.toString(year);
            Double value = published.get(key(indicator, region, period));
            if (value != null) {
                used.add(key(indicator, region, period) + "#r" + revisions.get(key(indicator, region, period)));
                String derivation = derivations.get(key(indicator, region, period));
                if (derivation != null) {
                    derived.put(year, derivation);
                }
            } else if (evaluator.indicator(indicator, region, Period.ofYear(year)) instanceof Evaluation.Known known) {
                value = known.value();
                used.add(key(indicator, region, period) + " (derived)");
            }
            if (value != null) {
                points.add(new Point(year, value));
            }
        }
        TreeSet<Integer> breaks = new TreeSet<>();
        indicators.breaks(indicator).forEach(b -> breaks.add(b.from().year()));
        return new Series(points, breaks, derived);
    }

    private static String key(String indicator, String region, String period) {
        return indicator + "@" + region + "@" + period;
    }
}
