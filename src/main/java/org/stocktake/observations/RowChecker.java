package org.stocktake.observations;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.stocktake.observations.RowLayout.Field;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Period;

/**
 * Checks one row against the catalog and records every problem it has: unknown indicator or
 * region, bad period, a value that is not a number, a unit other than the indicator's, unknown
 * flags. Returns the normalised row, or null when it had a problem.
 */
final class RowChecker {

    private final Catalog catalog;
    private final RowLayout layout;
    private final ImportProblems problems;
    private final String defaultSource;
    private final Map<String, Integer> periods = new HashMap<>();
    private final Predicate<String> writable;
    private final java.util.BitSet allowed = new java.util.BitSet();
    private final java.util.BitSet refused = new java.util.BitSet();

    /** Longest text cell (a source may be a long citation); numbers have their own, shorter limit. */
    static final int MAX_TEXT = 1000;

    /**
     * A checker for rows whose region {@code writable} accepts: the permission of the one who
     * imports, checked on every row before any other work on it.
     */
    RowChecker(
            Catalog catalog,
            RowLayout layout,
            ImportProblems problems,
            String defaultSource,
            Predicate<String> writable) {
        this.catalog = catalog;
        this.layout = layout;
        this.problems = problems;
        this.defaultSource = defaultSource;
        this.writable = writable;
    }

    CheckedRow check(RawRow r) {
        long before = problemCount();
        text(r, Field.INDICATOR, r.indicator());
        text(r, Field.REGION, r.region());
        text(r, Field.PERIOD, r.period());
        text(r, Field.UNIT, r.unit());
        text(r, Field.SOURCE, r.source());
        text(r, Field.FLAGS, r.flags());
        if (problemCount() > before) {
            return null;
        }
        int region = catalog.region(r.region());
        if (region < 0) {
            report(r, Field.REGION, "data.row.region", r.region());
        } else if (!mayWrite(region, r.region())) {
            report(r, Field.REGION, "data.row.region-refused", r.region());
            return null;
        }
        Catalog.IndicatorRef indicator = catalog.indicator(r.indicator());
        if (indicator == null) {
            report(r, Field.INDICATOR, "data.row.indicator", r.indicator());
        }
        int period = periodCode(r.period());
        if (period < 0) {
            report(r, Field.PERIOD, "data.row.period", r.period());
        }
        BigDecimal value = number(r);
        String unit = r.unit().isEmpty() && indicator != null ? indicator.unit() : r.unit();
        if (indicator != null && !catalog.accepts(r.indicator(), indicator, unit)) {
            report(r, Field.UNIT, "data.row.unit", unit, r.indicator(), indicator.unit());
        }
        String flags = flags(r);
        if (problemCount() > before) {
            return null;
        }
        long key = ((long) indicator.index() << 33) | ((long) region << 13) | period;
        String source = r.source().isEmpty() ? defaultSource : r.source();
        return new CheckedRow(r.row(), r.indicator(), r.region(), r.period(), value, unit, source, flags, key);
    }

    private boolean mayWrite(int number, String code) {
        if (allowed.get(number)) {
            return true;
        }
        if (refused.get(number)) {
            return false;
        }
        boolean ok = writable.test(code);
        (ok ? allowed : refused).set(number);
        return ok;
    }

    /** A text cell: at most {@link #MAX_TEXT} characters, no control characters (NUL, escapes). */
    private void text(RawRow r, Field field, String text) {
        if (text.length() > MAX_TEXT) {
            report(r, field, "data.row.too-long", text.length(), MAX_TEXT);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                report(r, field, "data.row.control", String.format("%04X", (int) c), i + 1);
                return;
            }
        }
    }

    void report(RawRow r, Field field, String key, Object... args) {
        problems.add(r.row(), layout.name(field), key, args);
    }

    private long problemCount() {
        return problems.total();
    }

    private BigDecimal number(RawRow r) {
        if (r.value().isEmpty()) {
            report(r, Field.VALUE, "data.value.missing");
            return null;
        }
        NumberSyntax.Verdict v = NumberSyntax.parse(r.value());
        if (v.value() == null) {
            problems.add(r.row(), layout.name(Field.VALUE), new LocalizedText(v.zh(), v.en()));
        }
        return v.value();
    }

    private String flags(RawRow r) {
        if (r.flags().isEmpty()) {
            return "{}";
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String token : r.flags().split("[;,|\\s]+")) {
            if (!token.isEmpty()) {
                Flag.of(token).ifPresentOrElse(flags::add, () -> report(r, Field.FLAGS, "data.row.flag", token));
            }
        }
        return Flag.toArray(flags);
    }

    private static int parse(String text) {
        return Period.parseExact(text)
                .map(p -> (p.year() - Period.MIN_YEAR) * 17
                        + switch (p.kind()) {
                            case YEAR -> 0;
                            case QUARTER -> p.number();
                            case MONTH -> 4 + p.number();
                        })
                .orElse(-1);
    }

    /** The header name of a field, as problems name the column. */
    String column(Field field) {
        return layout.name(field);
    }

    /** A small number for the period (year, quarter or month since 1900), or -1 when it is bad. */
    private int periodCode(String text) {
        Integer cached = periods.get(text);
        if (cached != null) {
            return cached;
        }
        int code = parse(text);
        if (periods.size() < 10_000) {
            periods.put(text, code);
        }
        return code;
    }
}
