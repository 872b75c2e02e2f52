package org.stocktake.households.rules;

import java.util.Locale;

/** The code of a constant as files and keys write it: lower case with hyphens. */
final class Codes {
    private Codes() {}

    static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
