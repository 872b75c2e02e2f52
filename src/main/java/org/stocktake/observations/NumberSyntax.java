package org.stocktake.observations;

import java.math.BigDecimal;
import java.util.List;
import org.stocktake.shared.InvalidInputException;
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
    record Verdict(BigDecimal value, String zh, String en) {
    }

    private NumberSyntax() {
    }

    static Verdict parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return refused("数值过长（" + text.length() + " 个字符，最多 " + MAX_LENGTH + " 个）",
                    "the number is too long (" + text.length() + " characters, at most " + MAX_LENGTH + ")");
        }
        if (!wellFormed(text)) {
            return refused("不是数字 “" + printable(text) + "”（只能用半角数字、正负号、小数点和指数，如 12.5、-3、1.2e5）",
                    "not a number '" + printable(text) + "' (use ASCII digits, a sign, a decimal point and an exponent,"
                            + " like 12.5, -3 or 1.2e5)");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException exponentOverflow) {
            value = null;
        }
        double d = value == null ? Double.POSITIVE_INFINITY : value.doubleValue();
        if (Double.isInfinite(d)) {
            return refused("数值超出范围 “" + text + "”（绝对值须小于 1.7e308）",
                    "number out of range '" + text + "' (its magnitude must be below 1.7e308)");
        }
        if (d == 0 && value.signum() != 0) {
            return refused("数值过小 “" + text + "”（非零值的绝对值须大于 1e-307）",
                    "number too small '" + text + "' (a non-zero value must exceed 1e-307 in magnitude)");
        }
        return new Verdict(value, null, null);
    }

    /** A value from a form or the API: refused unless finite and within the double range. */
    static void requireFinite(ObservationKey key, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(key.toString(), List.of(new Problem("value", "缺少数值", "the value is missing")));
        }
        Verdict v = parse(value.toString());
        if (v.zh() != null) {
            throw new InvalidInputException(key.toString(), List.of(new Problem("value", v.zh(), v.en())));
        }
    }

    private static Verdict refused(String zh, String en) {
        return new Verdict(null, zh, en);
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
