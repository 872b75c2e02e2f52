package org.stocktake.parks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dynamic management, plain calculation: for the year evaluated, each park gets, per position
 * (top, bottom), the most demanding rule whose condition has held for its number of years running
 * (consecutive years ending at that year, each with a place in the peer group). So a park last two
 * years running is warned, and in its third year last it is downgraded instead of warned again.
 */
public final class Management {

    private Management() {}

    /** A rule that fires for a park in a year. */
    public record Outcome(String park, int year, ManagementRule rule) {}

    /**
     * The outcomes in {@code year}, from each park's scores by year ({@code history}: park →
     * year → score) and its level.
     */
    public static List<Outcome> decide(
            List<ManagementRule> rules,
            Map<String, Map<Integer, ParkScore>> history,
            Map<String, ParkLevel> levels,
            int year) {
        List<Outcome> outcomes = new ArrayList<>();
        history.forEach((park, years) -> {
            for (ManagementRule.Position position : ManagementRule.Position.values()) {
                strongest(rules, position, levels.get(park), years, year)
                        .ifPresent(rule -> outcomes.add(new Outcome(park, year, rule)));
            }
        });
        outcomes.sort(
                Comparator.comparing(Outcome::park).thenComparing(o -> o.rule().code()));
        return outcomes;
    }

    private static Optional<ManagementRule> strongest(
            List<ManagementRule> rules,
            ManagementRule.Position position,
            ParkLevel level,
            Map<Integer, ParkScore> years,
            int year) {
        return rules.stream()
                .filter(r -> r.position() == position)
                .filter(r -> r.level() == null || r.level() == level)
                .filter(r -> running(r, years, year) >= r.years())
                .max(Comparator.comparingInt(ManagementRule::years));
    }

    /** How many years running, ending at {@code year}, the rule's condition held. */
    static int running(ManagementRule rule, Map<Integer, ParkScore> years, int year) {
        int count = 0;
        for (int y = year; ; y--) {
            ParkScore s = years.get(y);
            if (s == null || !rule.holds(s.peerRank(), s.peerSize())) {
                return count;
            }
            count++;
        }
    }
}
