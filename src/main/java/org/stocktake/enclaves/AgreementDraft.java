package org.stocktake.enclaves;

import java.util.List;

/**
 * An agreement as typed in a form or read from a file, before it is checked: every field is text,
 * so that a refused form keeps what the user typed.
 */
public record AgreementDraft(
        String name,
        String sender,
        String host,
        String park,
        String document,
        String validFrom,
        String validTo,
        List<RuleDraft> rules) {

    /** One split rule as typed. */
    public record RuleDraft(String indicator, String method, String senderShare, String baseYear, String baseValue) {}

    public AgreementDraft {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
