package org.stocktake.supervision;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a progress report stands: submitted by a unit, approved by its head, then accepted or returned
 * by a coordinator; a co-unit's report is consolidated into the lead unit's. Stored, written to JSON and
 * shown through message keys ({@code update.status.submitted}) by {@link #code()}, which is also its
 * {@code toString}.
 */
public enum UpdateStatus {
    SUBMITTED,
    APPROVED,
    ACCEPTED,
    RETURNED,
    CONSOLIDATED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static UpdateStatus of(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown update status " + code));
    }

    @Override
    public String toString() {
        return code();
    }
}
