package org.stocktake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule, one home: ranking, trend, baseline, additivity and period parsing each live in one named
 * class. The main sources are scanned, comment lines skipped, for the tell-tale code of each rule
 * (a rank assigned by the tie rule, least-squares sums, the default baseline year, a unit whitelist,
 * a regular expression for period text); a match outside the rule's home fails with file and line.
 * Each detector is also run on the code the duplicates had, so that it is known to catch one.
 */
class OneRuleOneHomeTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "stocktake");

    /** A rule, its home (a path under org/stocktake), what the home must contain, and what gives away a copy. */
    record Rule(String name, String home, String homeMarker, List<Pattern> tells, List<String> exempt) {

        Rule(String name, String home, String homeMarker, String... tells) {
            this(name, home, homeMarker, Stream.of(tells).map(Pattern::compile).toList(), List.of());
        }

        Rule exempting(String... files) {
            return new Rule(name, home, homeMarker, tells, List.of(files));
        }

        boolean caught(String line) {
            return tells.stream().anyMatch(t -> t.matcher(line).find());
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule(
                    "ranking",
                    "assessment/Ranks.java",
                    "public static int[] of(double[] values, boolean higherIsBetter)",
                    // a rank set by the tie rule: the previous rank, else the position (k + 1)
                    "\\branks?\\b.*[^=!<>]=(?!=).*\\?.*:\\s*(\\w+\\s*\\+\\s*1|position)\\b",
                    // a rank counted as 1 + the values that are better
                    "\\b(better|ahead|above)\\s*\\+\\+"),
            new Rule(
                    "trend (least squares)",
                    "assessment/Trend.java",
                    "public static Optional<Trend> linear(",
                    "\\bs(xx|xy)\\b",
                    "(?i)\\bslope\\s*=[^;]*/"),
            new Rule(
                    "baseline", "assessment/Baseline.java", "planStartYear - 1", "(?i)startYear(\\(\\))?\\s*-\\s*1\\b"),
            new Rule(
                    "additivity",
                    "indicators/Aggregation.java",
                    "boolean addsUp();",
                    "ADDITIVE",
                    "Set\\.of\\([^)]*\"(亿元|万人|万亩|万吨|元|%)\""),
            new Rule(
                            "period parsing",
                            "shared/Period.java",
                            "public static Optional<Period> parse(String text)",
                            "\\\\\\\\d\\{4\\}",
                            "Q\\(?\\[1-4\\]",
                            "\\(\\\\\\\\d\\{2\\}\\)",
                            "(?i)quarter\\w*\\s*\\*\\s*3")
                    // other text forms, not statistical periods: Chinese deadline dates (2026年6月底) in task
                    // workbooks and in policy text (the reader's grammar), and sdg-build's reference years
                    // (2015-16) in progress input files
                    .exempting("supervision/TaskWorkbook.java", "cli/ProgressInput.java", "plan/reading/Grammar.java"));

    static Stream<Rule> rules() {
        return RULES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleHasOneHome(Rule rule) throws IOException {
        Path home = SOURCES.resolve(rule.home());
        assertThat(home).as("the home of " + rule.name()).exists();
        assertThat(Files.readString(home, StandardCharsets.UTF_8))
                .as("the home of " + rule.name())
                .contains(rule.homeMarker());

        rule.exempt()
                .forEach(e -> assertThat(SOURCES.resolve(e))
                        .as("an exempt file of " + rule.name() + " (moved?)")
                        .exists());

        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String relative = SOURCES.relativize(f).toString().replace('\\', '/');
                if (relative.equals(rule.home()) || rule.exempt().contains(relative)) {
                    return;
                }
                List<String> lines = read(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    boolean comment = line.startsWith("*") || line.startsWith("/*") || line.startsWith("//");
                    if (!comment && rule.caught(line)) {
                        copies.add(relative + ":" + (i + 1) + ": " + line);
                    }
                }
            });
        }
        assertThat(copies)
                .as("a second home of the " + rule.name() + " rule; use " + rule.home())
                .isEmpty();
    }

    /** Lines of the copies this test replaced; each detector must catch its own. */
    static Stream<Arguments> removedCopies() {
        return Stream.of(
                Arguments.of("ranking", "rank = previous != null && previous.equals(e.getValue()) ? rank : position;"),
                Arguments.of("ranking", "rank = previous != null && previous == s.score() ? rank : i + 1;"),
                Arguments.of("ranking", "ranks[i] = tie ? ranks[previous] : k + 1;"),
                Arguments.of("ranking", "ranks[order[k]] = tie ? ranks[order[k - 1]] : k + 1;"),
                Arguments.of("ranking", "better++;"),
                Arguments.of(
                        "trend (least squares)",
                        "double sxx = points.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum();"),
                Arguments.of("trend (least squares)", "double slope = num / den;"),
                Arguments.of(
                        "baseline",
                        "int baselineYear = b != null && b.year() != null ? b.year() : plan.startYear() - 1;"),
                Arguments.of(
                        "additivity",
                        "static final Set<String> ADDITIVE_UNITS = Set.of(\"亿元\", \"万人\", \"万亩\", \"万吨\");"),
                Arguments.of("additivity", "Set<String> sums = Set.of(\"亿元\", \"万人\");"),
                Arguments.of(
                        "period parsing",
                        "var m = java.util.regex.Pattern.compile(\"(\\\\d{4})Q([1-4])\").matcher(quarter);"),
                Arguments.of("period parsing", ".filter(o -> o.period().matches(\"\\\\d{4}\")).toList();"),
                Arguments.of("period parsing", "return LocalDate.of(year, quarter * 3, 1);"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("removedCopies")
    void detectorsCatchTheCopiesTheyReplaced(String rule, String line) {
        assertThat(RULES.stream()
                        .filter(r -> r.name().equals(rule))
                        .findFirst()
                        .orElseThrow()
                        .caught(line))
                .isTrue();
    }

    /** Lines that look alike but are not the rule: the detectors leave them alone. */
    @Test
    void detectorsLeaveLookAlikesAlone() {
        List<String> innocent = List.of(
                "Integer rank = t.rankWithin() != null ? t.rankWithin() : kind == TargetKind.RANK ? Integer.valueOf(10) : null;",
                "ranks[u][r] = runRanks[u] == 0 ? Double.NaN : runRanks[u];",
                "rows.sort(java.util.Comparator.comparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank()));",
                "double slope = d * trend.slope();",
                "Integer baseYear = baseline.year();",
                "return Period.yearly(o.period());");
        for (String line : innocent) {
            assertThat(RULES).as(line).noneMatch(r -> r.caught(line));
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
