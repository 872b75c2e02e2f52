package org.stocktake.enclaves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The two-view ledger, plain calculation on figures handed in. The statistical view of a region
 * is its official figure, untouched by any agreement. The assessment view adds, for every
 * agreement in force in the year, the region's part of the park's figure:
 *
 * <ul>
 *   <li>double count: the sender adds the park's figure × coverage; the host keeps it all;
 *   <li>proportional: the sender adds share × figure × coverage, the host gives up the same amount
 *       (so the two parts always sum to the park's figure);
 *   <li>increment: the same, on the increment above the base year's value only (no increment, no
 *       split: a fall below the base stays with the host).
 * </ul>
 *
 * Coverage is the part of the year the agreement was in force ({@link Agreement#coverage}), so an
 * agreement never changes a year outside its dates. A missing figure stays missing.
 */
public final class Ledger {

    private Ledger() {}

    /** Where the figures come from: official regional totals and the parks' own values. */
    public interface Figures {
        OptionalDouble region(String indicator, String region, int year);

        OptionalDouble park(String indicator, String park, int year);
    }

    /** One agreement's split of one indicator in one year: the park's figure and each side's part. */
    public record Split(
            Agreement agreement,
            SplitRule rule,
            int year,
            double coverage,
            double parkValue,
            double hostPart,
            double senderPart) {

        /** What the sender adds to its figures in the assessment view (the host loses the same unless double counted). */
        public double senderGain() {
            return senderPart;
        }

        public double hostLoss() {
            return rule.method() == SplitMethod.DOUBLE_COUNT ? 0 : senderPart;
        }
    }

    /** A region's figure for an indicator and year in both views, with the agreements that changed it. */
    public record Line(
            String region, String indicator, int year, Double statistical, Double assessment, List<Split> splits) {

        public double adjustment() {
            double sum = 0;
            for (Split s : splits) {
                sum += region.equals(s.agreement().sender()) ? s.senderGain() : -s.hostLoss();
            }
            return sum;
        }

        public Double value(View view) {
            return view == View.STATISTICAL ? statistical : assessment;
        }
    }

    /** The splits of every rule of the agreements in force in the year (missing park figures are left out). */
    public static List<Split> splits(List<Agreement> agreements, Figures figures, int year) {
        List<Split> splits = new ArrayList<>();
        for (Agreement a : agreements) {
            double coverage = a.coverage(year);
            if (coverage <= 0) {
                continue;
            }
            for (SplitRule rule : a.rules()) {
                OptionalDouble value = figures.park(rule.indicator(), a.park(), year);
                if (value.isPresent()) {
                    splits.add(split(a, rule, year, coverage, value.getAsDouble()));
                }
            }
        }
        return splits;
    }

    static Split split(Agreement a, SplitRule rule, int year, double coverage, double value) {
        double sender = switch (rule.method()) {
            case DOUBLE_COUNT -> value * coverage;
            case PROPORTIONAL -> value * rule.senderShare() * coverage;
            case INCREMENT -> Math.max(0, value - rule.baseValue()) * rule.senderShare() * coverage;
        };
        double host = rule.method() == SplitMethod.DOUBLE_COUNT ? value : value - sender;
        return new Split(a, rule, year, coverage, value, host, sender);
    }

    /**
     * Every party region's line for every indicator the agreements split, in the year: the
     * statistical figure, and the assessment figure (statistical + the region's parts).
     */
    public static List<Line> lines(List<Agreement> agreements, Figures figures, int year) {
        List<Split> splits = splits(agreements, figures, year);
        Map<List<String>, List<Split>> byKey = new LinkedHashMap<>();
        for (Agreement a : agreements) {
            for (SplitRule rule : a.rules()) {
                byKey.computeIfAbsent(List.of(a.sender(), rule.indicator()), k -> new ArrayList<>());
                byKey.computeIfAbsent(List.of(a.host(), rule.indicator()), k -> new ArrayList<>());
            }
        }
        for (Split s : splits) {
            byKey.get(List.of(s.agreement().sender(), s.rule().indicator())).add(s);
            byKey.get(List.of(s.agreement().host(), s.rule().indicator())).add(s);
        }
        List<Line> lines = new ArrayList<>();
        byKey.forEach((key, parts) -> {
            OptionalDouble official = figures.region(key.get(1), key.get(0), year);
            Double statistical = official.isPresent() ? official.getAsDouble() : null;
            Line draft = new Line(key.get(0), key.get(1), year, statistical, null, List.copyOf(parts));
            Double assessment = statistical == null ? null : statistical + draft.adjustment();
            lines.add(new Line(key.get(0), key.get(1), year, statistical, assessment, List.copyOf(parts)));
        });
        lines.sort(Comparator.comparing(Line::indicator).thenComparing(Line::region));
        return lines;
    }
}
