package org.stocktake.enclaves;

import java.util.Arrays;
import java.util.Optional;

/** How an agreement splits an indicator of the enclave park between the two regions. */
public enum SplitMethod {
    /** The sender counts the whole figure as well (assessment only): the host keeps all of it. */
    DOUBLE_COUNT,
    /** The sender takes its share of the figure, the host keeps the rest: the parts sum to the figure. */
    PROPORTIONAL,
    /** The host keeps the base year's value; the sender takes its share of the increment above it. */
    INCREMENT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<SplitMethod> of(String code) {
        return Arrays.stream(values())
                .filter(m -> m.code().equals(code == null ? "" : code.trim()))
                .findFirst();
    }
}
