package org.stocktake.data;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.stocktake.data.RowLayout.Field;
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

    RowChecker(Catalog catalog, RowLayout layout, ImportProblems problems, String defaultSource) {
        this.catalog = catalog;
        this.layout = layout;
        this.problems = problems;
        this.defaultSource = defaultSource;
    }

    CheckedRow check(RawRow r) {
        long before = problemCount();
        Catalog.IndicatorRef indicator = catalog.indicator(r.indicator());
        if (indicator == null) {
            report(r, Field.INDICATOR, "未知指标代码 “" + r.indicator() + "”", "unknown indicator code '" + r.indicator() + "'");
        }
        int region = catalog.region(r.region());
        if (region < 0) {
            report(r, Field.REGION, "未知区划代码 “" + r.region() + "”", "unknown region code '" + r.region() + "'");
        }
        int period = periodCode(r.period());
        if (period < 0) {
            report(r, Field.PERIOD, "期别格式不对 “" + r.period() + "”（应为 2021、2021Q3 或 2021-07）",
                    "bad period '" + r.period() + "' (expected 2021, 2021Q3 or 2021-07)");
        }
        BigDecimal value = number(r);
        String unit = r.unit().isEmpty() && indicator != null ? indicator.unit() : r.unit();
        if (indicator != null && !catalog.accepts(r.indicator(), indicator, unit)) {
            report(r, Field.UNIT, "单位 “" + unit + "” 与指标 " + r.indicator() + " 的单位 “" + indicator.unit() + "” 不符",
                    "unit '" + unit + "' does not match the unit '" + indicator.unit() + "' of indicator " + r.indicator());
        }
        String flags = flags(r);
        if (problemCount() > before) {
            return null;
        }
        long key = ((long) indicator.index() << 33) | ((long) region << 13) | period;
        String source = r.source().isEmpty() ? defaultSource : r.source();
        return new CheckedRow(r.row(), r.indicator(), r.region(), r.period(), value, unit, source, flags, key);
    }

    void report(RawRow r, Field field, String zh, String en) {
        problems.add(r.row(), layout.name(field), zh, en);
    }

    private long problemCount() {
        return problems.total();
    }

    private BigDecimal number(RawRow r) {
        if (r.value().isEmpty()) {
            report(r, Field.VALUE, "缺少数值", "the value is missing");
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(r.value());
            if (value.precision() - value.scale() > 100_000 || value.scale() > 16_000) {
                report(r, Field.VALUE, "数值超出范围 “" + r.value() + "”", "number out of range '" + r.value() + "'");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            report(r, Field.VALUE, "不是数字 “" + r.value() + "”", "not a number '" + r.value() + "'");
            return null;
        }
    }

    private String flags(RawRow r) {
        if (r.flags().isEmpty()) {
            return "{}";
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String token : r.flags().split("[;,|\\s]+")) {
            if (!token.isEmpty()) {
                Flag.of(token).ifPresentOrElse(flags::add, () -> report(r, Field.FLAGS,
                        "未知标记 “" + token + "”（可用 preliminary、revised、estimated）",
                        "unknown flag '" + token + "' (use preliminary, revised, estimated)"));
            }
        }
        return Flag.toArray(flags);
    }

    private static int parse(String text) {
        try {
            return Period.parse(text).filter(p -> p.toString().equals(text))
                    .map(p -> (p.year() - 1900) * 17 + switch (p.kind()) {
                        case YEAR -> 0;
                        case QUARTER -> p.number();
                        case MONTH -> 4 + p.number();
                    }).orElse(-1);
        } catch (IllegalArgumentException yearOutOfRange) {
            return -1;
        }
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
