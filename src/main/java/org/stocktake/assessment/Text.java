package org.stocktake.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import org.stocktake.shared.LocalizedText;

/** Number formatting for the explanatory sentences: four significant digits, percentages to one decimal. */
final class Text {

    private Text() {}

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

    static String pct(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Ends a sentence with the series-break note when the verdict was re-based. */
    static LocalizedText sentence(Window w, String key, Object... args) {
        LocalizedText s = LocalizedText.of(key, args);
        if (w == null || w.rebasedAt() == null) {
            return LocalizedText.of("assessment.sentence", s.zh(), capitalize(s.en()));
        }
        return LocalizedText.of(
                "assessment.sentence.rebased",
                s.zh(),
                capitalize(s.en()),
                w.rebasedAt(),
                w.base().year());
    }
}
