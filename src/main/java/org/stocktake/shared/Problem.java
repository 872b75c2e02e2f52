package org.stocktake.shared;

import java.util.Locale;

/**
 * One thing wrong with a piece of user input: where it is (a path in a file, a row and column,
 * a form field) and what is wrong, in Chinese and English.
 */
public record Problem(String where, String zh, String en) {

    /** A problem whose reason is a message-bundle key (with its arguments), in both languages. */
    public static Problem of(String where, String key, Object... args) {
        LocalizedText what = Messages.text(key, args);
        return new Problem(where, what.zh(), what.en());
    }

    public String message(Locale locale) {
        String what = locale != null && "en".equals(locale.getLanguage()) ? en : zh;
        return where + ": " + what;
    }

    @Override
    public String toString() {
        return where + ": " + zh + " / " + en;
    }
}
