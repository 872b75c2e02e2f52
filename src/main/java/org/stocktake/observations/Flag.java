package org.stocktake.observations;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A mark on a value: preliminary (初步), revised (修订) or estimated (估计). */
public enum Flag {
    PRELIMINARY,
    REVISED,
    ESTIMATED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Flag> of(String code) {
        for (Flag f : values()) {
            if (f.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The flags as a PostgreSQL array literal in a fixed order: {@code {preliminary,revised}}. */
    static String toArray(Set<Flag> flags) {
        return flags.stream().sorted().map(Flag::code).collect(Collectors.joining(",", "{", "}"));
    }

    /** The flags as a file writes them: {@code preliminary;revised}. */
    static String toText(Set<Flag> flags) {
        return flags.stream().sorted().map(Flag::code).collect(Collectors.joining(";"));
    }

    static Set<Flag> fromArray(java.sql.Array array) throws java.sql.SQLException {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                of(o.toString()).ifPresent(flags::add);
            }
        }
        return flags;
    }
}
