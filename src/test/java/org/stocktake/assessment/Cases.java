package org.stocktake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Helpers for the verdict tables: series written as "2020:20 2021:22 |2022 2022:40" (| marks a break year). */
final class Cases {

    private Cases() {}

    static Series series(String text) {
        List<Point> points = new ArrayList<>();
        TreeSet<Integer> breaks = new TreeSet<>();
        if (text != null) {
            for (String token : text.trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (token.startsWith("|")) {
                    breaks.add(Integer.parseInt(token.substring(1)));
                } else {
                    String[] yv = token.split(":");
                    points.add(new Point(Integer.parseInt(yv[0]), Double.parseDouble(yv[1])));
                }
            }
        }
        return new Series(points, breaks);
    }

    static Verdict assess(TargetSpec target, String series, int asOf) {
        return VerdictEngine.assess(VerdictInput.of(target, series(series), asOf));
    }

    /** Class, and the completion progress and schedule when the table gives them (blank = not checked / null). */
    static void check(Verdict v, VerdictClass expected, Double progress, Double schedule) {
        assertThat(v.verdictClass()).as(v.explanation().zh()).isEqualTo(expected);
        assertThat(v instanceof Verdict.InsufficientData).isEqualTo(expected == VerdictClass.INSUFFICIENT_DATA);
        assertThat(v.explanation().zh()).isNotBlank();
        assertThat(v.explanation().en()).isNotBlank();
        if (progress != null) {
            assertThat(v.figures().progress()).isCloseTo(progress, within(1e-9));
        }
        if (schedule != null) {
            assertThat(v.figures().schedule()).isCloseTo(schedule, within(1e-9));
        }
    }

    /** A re-based verdict names the break in both languages. */
    static void checkBreak(Verdict v, Integer breakYear) {
        if (breakYear == null) {
            assertThat(v.explanation().zh()).doesNotContain("口径调整");
            return;
        }
        assertThat(v.explanation().zh()).contains(breakYear + "年口径调整");
        assertThat(v.explanation().en()).contains("series break in " + breakYear);
    }
}
