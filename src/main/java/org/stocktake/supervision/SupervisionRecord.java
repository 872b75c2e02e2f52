package org.stocktake.supervision;

import java.time.Instant;
import java.time.LocalDate;
import org.stocktake.accounts.Actor;

/** One rung of supervision on a task: who issued it, when, to which unit, by when to respond, and the response. */
public record SupervisionRecord(
        long id,
        long taskId,
        Rung rung,
        String issuedBy,
        Instant issuedAt,
        String toUnit,
        String note,
        LocalDate responseDue,
        String response,
        String respondedBy,
        Instant respondedAt) {

    /** The job that issues records by the light rules. */
    static final String RULES = "light-rules";

    private static final String RULES_USER = Actor.system(RULES).username();

    /** Whether the light rules issued the record (not a person). */
    public boolean byRules() {
        return RULES_USER.equals(issuedBy);
    }

    /**
     * The note for a page in its language: the light rules write their reasons in both languages
     * (see {@link LightService#inLanguage}); a person's note as written.
     */
    public String noteIn(java.util.Locale locale) {
        return byRules() ? LightService.inLanguage(note, locale) : note;
    }
}
