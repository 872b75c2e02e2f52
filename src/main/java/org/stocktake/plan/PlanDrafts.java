package org.stocktake.plan;

import java.util.List;
import org.stocktake.plan.reading.Gazetteer;
import org.stocktake.plan.reading.PolicyDocuments;
import org.stocktake.plan.reading.PolicyReader;
import org.stocktake.plan.reading.ReadingJson;

/**
 * The door to the policy-text reader ({@code plan/reading}) for other modules: a document's text from
 * its file, the reading as annotation JSON, and a draft plan. Plain Java, no database.
 */
public final class PlanDrafts {

    /** A document that cannot be read; {@code reason} is a message key, {@code args} its arguments. */
    public static final class UnreadableDocument extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Object[] args;

        UnreadableDocument(PolicyDocuments.Unreadable cause) {
            super(cause.reason(), cause);
            this.args = cause.args();
        }

        public String reason() {
            return getMessage();
        }

        public Object[] args() {
            return args.clone();
        }
    }

    private PlanDrafts() {}

    /** The text of a plain-text (UTF-8, GB18030), DOCX or PDF file, one paragraph or table cell per line. */
    public static String text(String fileName, byte[] bytes) throws UnreadableDocument {
        try {
            return PolicyDocuments.text(fileName, bytes);
        } catch (PolicyDocuments.Unreadable e) {
            throw new UnreadableDocument(e);
        }
    }

    /** The reading of a text in the annotation schema (sections, targets, responsible_units, deadlines). */
    public static String readingJson(String docId, String text) {
        return ReadingJson.write(docId, PolicyReader.read(text));
    }

    /** A draft plan read from a text, its unit names matched against {@code units}. */
    public static PlanDocument draft(
            String text, String code, String region, List<PlanDocument.Unit> units, int fallbackYear) {
        return PolicyReader.draft(
                text, new PolicyReader.DraftOptions(code, null, region, new Gazetteer(units), fallbackYear));
    }

    /** The units of a plan file ({@code units:}), read without checking the rest of the file. */
    public static List<PlanDocument.Unit> unitsOfPlanFile(String yaml) {
        return Gazetteer.fromPlanFile(yaml).units();
    }
}
