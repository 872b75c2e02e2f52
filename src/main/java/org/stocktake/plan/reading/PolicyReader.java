package org.stocktake.plan.reading;

import java.util.ArrayList;
import java.util.List;
import org.stocktake.plan.PlanDocument;

/** The reader's door: a document's text in, its {@link Reading} out. Stateless and thread-safe. */
public final class PolicyReader {

    private PolicyReader() {}

    /** Reads a document's text (one paragraph or table cell per line, as given). */
    public static Reading read(String text) {
        Source source = Source.of(text);
        List<Sections.Heading> headings = Sections.read(source);
        return new Reading(
                tree(source, headings),
                Targets.read(source, headings),
                Units.read(source, headings),
                Deadlines.read(source));
    }

    /**
     * What a draft needs beyond the text: its code, a title (null: the document's first line), the
     * region it covers, the platform's units to match names against, and the target year to use
     * when the text gives none.
     */
    public record DraftOptions(String code, String title, String region, Gazetteer gazetteer, int fallbackYear) {}

    /** Reads a document and turns the reading into a {@code stocktake-plan/1} draft for a person to correct. */
    public static PlanDocument draft(String text, DraftOptions options) {
        Source source = Source.of(text);
        List<Sections.Heading> headings = Sections.read(source);
        Reading reading = new Reading(
                tree(source, headings),
                Targets.read(source, headings),
                Units.read(source, headings),
                Deadlines.read(source));
        return new DraftPlan(source, reading, headings, options).build();
    }

    /** The flat headings nested by level. */
    private static List<Reading.Section> tree(Source source, List<Sections.Heading> headings) {
        return children(source, headings, new int[] {0}, -1);
    }

    private static List<Reading.Section> children(
            Source source, List<Sections.Heading> headings, int[] at, int parentLevel) {
        List<Reading.Section> out = new ArrayList<>();
        while (at[0] < headings.size() && headings.get(at[0]).level() > parentLevel) {
            Sections.Heading h = headings.get(at[0]++);
            List<Reading.Section> kids = children(source, headings, at, h.level());
            out.add(new Reading.Section(h.number(), h.title(), h.line(), source.codePoints(h.start()), h.type(), kids));
        }
        return out;
    }
}
