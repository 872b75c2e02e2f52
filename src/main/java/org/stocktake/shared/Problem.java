package org.stocktake.shared;

import java.util.Locale;

/**
 * One thing wrong with a piece of user input: where it is (a path in a file, a row and column,
 * a form field) and what is wrong, in Chinese and English.
 */
public record Problem(String where, String zh, String en) {

    public String message(Locale locale) {
        String what = locale != null && "en".equals(locale.getLanguage()) ? en : zh;
        return where + ": " + what;
    }

    @Override
    public String toString() {
        return where + ": " + zh + " / " + en;
    }
}
