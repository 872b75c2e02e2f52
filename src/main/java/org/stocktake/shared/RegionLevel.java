package org.stocktake.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The levels of the administrative hierarchy, from the top. Written to files, the database and JSON
 * by {@link #code()} ({@code prefecture}); its {@code toString} is the code too, so message keys such as
 * {@code level.prefecture} are made the same way from either.
 */
public enum RegionLevel {
    COUNTRY,
    PROVINCE,
    PREFECTURE,
    COUNTY;

    /** {@code country}, {@code province}, {@code prefecture}, {@code county}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level written as {@code code}, if it is one. */
    public static Optional<RegionLevel> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code();
    }
}
