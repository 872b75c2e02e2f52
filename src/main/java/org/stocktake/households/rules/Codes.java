package org.stocktake.households.rules;

import java.util.Locale;

/** The code of a constant as files and keys write it: lower case with hyphens. */
final class Codes {
    private Codes() {}

    static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static final ClassValue<java.util.Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected java.util.Map<String, Object> computeValue(Class<?> type) {
            java.util.Map<String, Object> m = new java.util.HashMap<>();
            for (Object e : type.getEnumConstants()) {
                m.put(of((Enum<?>) e), e);
            }
            return java.util.Map.copyOf(m);
        }
    };

    /** The constant of a code; an unknown code fails with {@link IllegalArgumentException}. */
    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        Object found = BY_CODE.get(type).get(code);
        if (found != null) {
            return type.cast(found);
        }
        return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
