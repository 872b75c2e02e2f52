package org.stocktake.observations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.stocktake.shared.LocalizedText;

/**
 * One entry in the history of a value: what it was set to, its status, who changed it, when
 * and why. {@code outlierZ} is the robust z-score against the series' history when the value
 * was flagged as far from it on import, otherwise null. {@code provenance} holds the quote, the
 * reliability class, the statement a derived value rests on and the confirmation of a class C value.
 */
public record Revision(
        ObservationKey key,
        int revision,
        BigDecimal value,
        String unit,
        String source,
        Set<Flag> flags,
        Status status,
        String reason,
        String changedBy,
        Instant changedAt,
        Double outlierZ,
        Provenance provenance) {

    public Revision {
        flags = Set.copyOf(flags);
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /** Who changed it, in words: the platform's own loads named in the page's language, a person by username. */
    public String changedByIn(Locale locale) {
        return ObservationService.SYSTEM.equals(changedBy)
                ? LocalizedText.of("data.by.system").in(locale)
                : changedBy;
    }

    /** The file a value published by the platform came from (the reason the platform recorded), null for a person's change. */
    public String publishedFrom() {
        return reason != null
                        && ObservationService.SYSTEM.equals(changedBy)
                        && reason.startsWith(ObservationService.PUBLISHED)
                ? reason.substring(ObservationService.PUBLISHED.length())
                : null;
    }
}
