package org.stocktake.shared;

import java.util.Locale;

/** A text in simplified Chinese and English; Chinese is the original and never empty. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        if (zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("Chinese text is required");
        }
    }

    /** The text of a message-bundle key in both languages (see {@link Messages}). */
    public static LocalizedText of(String key, Object... args) {
        return Messages.text(key, args);
    }

    /** The English text where there is one and English is asked for, otherwise the Chinese. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
