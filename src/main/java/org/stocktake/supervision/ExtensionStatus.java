package org.stocktake.supervision;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * A request to move a deadline: pending until a coordinator approves or refuses it. Stored, written to JSON and shown through message keys by {@link #code()}, which is also its
 * {@code toString}.
 */
public enum ExtensionStatus {
    PENDING,
    APPROVED,
    REFUSED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ExtensionStatus of(String code) {
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
