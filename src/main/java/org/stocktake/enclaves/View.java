package org.stocktake.enclaves;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two views of the ledger: the statistical view (在地统计, 100% to the host, the only one
 * that may be published) and the assessment view (考核口径, the agreed split, never published).
 */
public enum View {
    STATISTICAL,
    ASSESSMENT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<View> of(String code) {
        return Arrays.stream(values())
                .filter(v -> v.code().equals(code == null ? "" : code.trim()))
                .findFirst();
    }
}
