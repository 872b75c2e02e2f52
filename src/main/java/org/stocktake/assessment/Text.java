package org.stocktake.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.MissingResourceException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;

/**
 * Number formatting for the explanatory sentences: four significant digits, percentages to one
 * decimal, every value with its unit (59%, 1283.94亿元), a change of a percentage in percentage points.
 */
final class Text {

    private Text() {}

    static final String PERCENT = "%";

    static String num(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value)
                .round(new MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Percentage points to two decimals at most: a leader reads 0.83, not 0.8275. */
    static String points(double value) {
        return new BigDecimal(value)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String pct(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A value with its unit: {@code 59%}, {@code 1283.94亿元} / {@code 1283.94 (100 million yuan)}; bare without a unit. */
    static LocalizedText val(double value, String unit) {
        String n = num(value);
        if (unit == null || unit.isBlank()) {
            return new LocalizedText(n, n);
        }
        if (PERCENT.equals(unit)) {
            return new LocalizedText(n + PERCENT, n + PERCENT);
        }
        return new LocalizedText(n + unit, n + " " + english(unit));
    }

    /** A difference of two values: percentage points for a percentage, else the value's unit. */
    static LocalizedText change(double value, String unit) {
        if (PERCENT.equals(unit)) {
            return LocalizedText.of("assessment.unit.pp", points(value));
        }
        return val(value, unit);
    }

    /** A yearly growth rate or a difference of growth rates given as a fraction (0.126 → 12.6%). */
    static LocalizedText rate(double fraction) {
        String s = pct(fraction);
        return new LocalizedText(s, s);
    }

    /** A difference of two growth rates given as fractions, in percentage points. */
    static LocalizedText ratePoints(double fraction) {
        return LocalizedText.of("assessment.unit.pp", String.format(java.util.Locale.ROOT, "%.1f", fraction * 100));
    }

    private static String english(String unit) {
        try {
            return Messages.get(Messages.EN, "assessment.unit." + unit);
        } catch (MissingResourceException unknown) {
            return unit;
        }
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Ends a sentence, with the series-break note when the verdict was re-based, then the window's notes. */
    static LocalizedText sentence(Window w, String key, Object... args) {
        LocalizedText s = LocalizedText.of(key, args);
        LocalizedText first;
        if (w == null || w.rebasedAt() == null) {
            first = LocalizedText.of("assessment.sentence", s.zh(), capitalize(s.en()));
        } else if (w.base().year() == w.rebasedAt()) {
            first = LocalizedText.of("assessment.sentence.rebased", s.zh(), capitalize(s.en()), w.rebasedAt());
        } else {
            first = LocalizedText.of(
                    "assessment.sentence.rebased-base",
                    s.zh(),
                    capitalize(s.en()),
                    w.rebasedAt(),
                    w.base().year());
        }
        if (w != null) {
            for (LocalizedText note : w.notes()) {
                first = append(first, note);
            }
        }
        return first;
    }

    /** A finished sentence followed by one more: {@code 句一。句二。} / {@code One. Two.} */
    static LocalizedText append(LocalizedText text, LocalizedText note) {
        return LocalizedText.of("assessment.append", text.zh(), text.en(), note.zh(), capitalize(note.en()));
    }
}
