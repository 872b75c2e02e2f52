package org.stocktake.supervision;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * A completion claim: pending until a coordinator accepts it (the task is closed out) or returns it. Stored, written to JSON and shown through message keys by {@link #code()}, which is also its
 * {@code toString}.
 */
public enum ClaimStatus {
    PENDING,
    ACCEPTED,
    RETURNED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ClaimStatus of(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status " + code));
    }

    @Override
    public String toString() {
        return code();
    }
}
