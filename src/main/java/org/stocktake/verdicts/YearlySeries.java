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
 * the indicator's series breaks. Never fills a gap otherwise. Holds only the values it was given
 * (a targeted read), indexed by indicator and region, one slot a year.
 */
final class YearlySeries {

    private final Map<String, Map<String, Slots>> published = new HashMap<>();
    private final Map<String, java.util.SortedSet<Integer>> breaks = new java.util.concurrent.ConcurrentHashMap<>();
    private final FormulaEvaluator evaluator;
    private final IndicatorService indicators;
    private final int fromYear;
    private final int toYear;

    /**
     * One region's values of one indicator, a slot per year; a revision of 0 is an empty slot; a
     * value derived from a published statement carries that statement.
     */
    private static final class Slots {
        final double[] values;
        final int[] revisions;
        final String[] derivations;

        Slots(int years) {
            values = new double[years];
            revisions = new int[years];
            derivations = new String[years];
        }
    }

    YearlySeries(List<Observation> observations, IndicatorService indicators, int fromYear, int toYear) {
        this(observations, indicators, indicators.formulas(), fromYear, toYear);
    }

    /** With the formulas already read ({@link IndicatorService#formulas()}); safe to read from several threads once built. */
    YearlySeries(
            List<Observation> observations,
            IndicatorService indicators,
            Map<String, org.stocktake.indicators.Formula> formulas,
            int fromYear,
            int toYear) {
        this.fromYear = fromYear;
        this.toYear = toYear;
        for (Observation o : observations) {
            int year = year(o.period());
            if (year >= fromYear && year <= toYear) {
                Slots s = published
                        .computeIfAbsent(o.indicator(), k -> new HashMap<>())
                        .computeIfAbsent(o.region(), k -> new Slots(toYear - fromYear + 1));
                s.values[year - fromYear] = o.value().doubleValue();
                s.revisions[year - fromYear] = Math.max(1, o.revision());
                s.derivations[year - fromYear] = o.derivation();
            }
        }
        this.indicators = indicators;
        this.evaluator = new FormulaEvaluator(
                (indicator, region, period) -> {
                    Double v = value(indicator, region, period.toString());
                    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
                },
                formulas);
    }

    /**
     * The series up to the as-of year; {@code used} receives what each point rests on: the
     * observation and its revision ({@code forest_coverage@430000@2024#r1}), or "(derived)".
     */
    Series series(String indicator, String region, List<String> used) {
        List<Point> points = new ArrayList<>();
        Slots slots = published.getOrDefault(indicator, Map.of()).get(region);
        Map<Integer, String> derived = new HashMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            int i = year - fromYear;
            Double value = null;
            if (slots != null && slots.revisions[i] > 0) {
                value = slots.values[i];
                used.add(indicator + "@" + region + "@" + year + "#r" + slots.revisions[i]);
                if (slots.derivations[i] != null) {
                    derived.put(year, slots.derivations[i]);
                }
            } else if (evaluator.indicator(indicator, region, Period.ofYear(year)) instanceof Evaluation.Known known) {
                value = known.value();
                used.add(indicator + "@" + region + "@" + year + " (derived)");
            }
            if (value != null) {
                points.add(new Point(year, value));
            }
        }
        return new Series(points, breaks.computeIfAbsent(indicator, this::breakYears), derived);
    }

    private java.util.SortedSet<Integer> breakYears(String indicator) {
        TreeSet<Integer> years = new TreeSet<>();
        indicators.breaks(indicator).forEach(b -> years.add(b.from().year()));
        return years;
    }

    private Double value(String indicator, String region, String period) {
        Slots s = published.getOrDefault(indicator, Map.of()).get(region);
        int year = year(period);
        if (s == null || year < fromYear || year > toYear || s.revisions[year - fromYear] == 0) {
            return null;
        }
        return s.values[year - fromYear];
    }

    private static int year(String period) {
        if (period.length() != 4) {
            return Integer.MIN_VALUE;
        }
        try {
            return Integer.parseInt(period);
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }
}
