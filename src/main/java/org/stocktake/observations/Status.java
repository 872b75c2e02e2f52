package org.stocktake.observations;

import java.util.Locale;
import java.util.Optional;
import org.stocktake.shared.Messages;

/**
 * Where a revision stands in the approval workflow: draft → submitted → approved or returned
 * (with a reason); a returned value is corrected and submitted again.
 */
public enum Status {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    /** The name stored in the database and used in files and URLs: {@code approved}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "已批准 (approved)", for messages. */
    public String label() {
        return Messages.zh("data.status." + code()) + " (" + code() + ")";
    }

    public static Optional<Status> of(String code) {
        for (Status s : values()) {
            if (s.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
