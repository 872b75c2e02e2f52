package org.stocktake.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader against the hand-checked annotations of the development set (see the test resources'
 * README), scored by {@link ReadingScore} — the scorer {@code bench/reader} reports with. The
 * thresholds are those the reader is built to: section F1 0.95, target F1 0.9, field accuracy 0.95
 * on value, unit, year and comparator, unit mention F1 0.85, deadline F1 0.85, over the three
 * documents together; and no document may fall far behind on its own.
 */
class ReadingScoresTest {

    private static final List<ReadingScore.Score> SCORES =
            ReadingScore.DOCUMENTS.stream().map(ReadingScore::score).toList();
    private static final ReadingScore.Score ALL =
            SCORES.stream().reduce(ReadingScore.Score::plus).orElseThrow();

    @Test
    void sectionsMatchNumberAndTitle() {
        assertThat(ALL.sections().f1()).as("section F1 %s", ALL.sections()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void targetsAreFound() {
        assertThat(ALL.targets().f1()).as("target F1 %s", ALL.targets()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void foundTargetsHaveTheirValueUnitYearAndComparator() {
        for (String field : List.of("value", "unit", "year", "comparator")) {
            assertThat(ALL.accuracy(field))
                    .as("%s accuracy %s", field, ALL.fields())
                    .isGreaterThanOrEqualTo(0.95);
        }
        assertThat(ALL.accuracy("kind")).as("kind accuracy %s", ALL.fields()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void unitsAndDeadlinesAreFound() {
        assertThat(ALL.units().f1()).as("unit mention F1 %s", ALL.units()).isGreaterThanOrEqualTo(0.85);
        assertThat(ALL.deadlines().f1()).as("deadline F1 %s", ALL.deadlines()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void noDocumentFallsFarBehind() {
        for (ReadingScore.Score s : SCORES) {
            assertThat(List.of(
                            s.sections().f1(),
                            s.targets().f1(),
                            s.units().f1(),
                            s.deadlines().f1()))
                    .as(s.doc())
                    .allSatisfy(f1 -> assertThat(f1).isGreaterThanOrEqualTo(0.8));
        }
    }

    @Test
    void theScorerCountsMissesAndFalseFinds() {
        // an empty reading finds nothing: every annotated item is a miss and every F1 is 0
        var annotation = ReadingScore.annotation(ReadingScore.DOCUMENTS.get(0));
        var empty = new Reading(List.of(), List.of(), List.of(), List.of());
        ReadingScore.Score s = ReadingScore.score("empty", 1, empty, annotation);
        assertThat(s.sections().fn()).isEqualTo(28);
        assertThat(s.targets().fn()).isEqualTo(20);
        assertThat(s.targets().f1()).isZero();
        // a target found where none is annotated is a false find
        var stray = new Reading.Target("x", 0, 1, "x", "=", null, null, null, false, "qualitative", null, null, "");
        ReadingScore.Score s2 = ReadingScore.score(
                "stray", 1, new Reading(List.of(), List.of(stray), List.of(), List.of()), annotation);
        assertThat(s2.targets().fp()).isEqualTo(1);
    }
}
