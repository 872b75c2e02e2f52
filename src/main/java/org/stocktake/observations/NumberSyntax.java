package org.stocktake.observations;

import java.math.BigDecimal;
import java.util.List;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * The one number rule of data values, checked before any parsing work: at most {@link #MAX_LENGTH}
 * characters of plain ASCII — an optional sign, digits with an optional decimal point, an optional
 * exponent — whose value is finite and within the range of a double (so every page, chart and
 * calculation can use it). Full-width digits, NUL bytes, {@code NaN}, {@code Infinity}, hex and
 * {@code 1e400} are refused with a reason in words.
 */
final class NumberSyntax {

    static final int MAX_LENGTH = 100;

    /** A refusal in zh and en, or null for a good number. */
    record Verdict(BigDecimal value, String zh, String en) {}

    private NumberSyntax() {}

    static Verdict parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return refused("data.number.too-long", text.length(), MAX_LENGTH);
        }
        if (!wellFormed(text)) {
            return refused("data.number.malformed", printable(text));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException exponentOverflow) {
            value = null;
        }
        double d = value == null ? Double.POSITIVE_INFINITY : value.doubleValue();
        if (Double.isInfinite(d)) {
            return refused("data.number.too-large", text);
        }
        if (d == 0 && value.signum() != 0) {
            return refused("data.number.too-small", text);
        }
        return new Verdict(value, null, null);
    }

    /** A value from a form or the API: refused unless finite and within the double range. */
    static void requireFinite(ObservationKey key, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(key.toString(), List.of(Problem.of("value", "data.value.missing")));
        }
        Verdict v = parse(value.toString());
        if (v.zh() != null) {
            throw new InvalidInputException(key.toString(), List.of(new Problem("value", v.zh(), v.en())));
        }
    }

    private static Verdict refused(String key, Object... args) {
        LocalizedText why = Messages.text(key, args);
        return new Verdict(null, why.zh(), why.en());
    }

    /** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}, ASCII only. */
    static boolean wellFormed(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = 0;
        while (i < n && digit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && digit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && digit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The text with control characters shown as {@code \u0000}, cut to 40 characters. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < 40; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.length() < text.length() ? b.append('…').toString() : b.toString();
    }
}
