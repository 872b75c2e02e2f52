package org.stocktake.shared;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The message bundles ({@code messages*.properties}, the same files the application's {@code MessageSource}
 * reads, with the same rules: no fallback to the machine's locale, a text without arguments is taken as
 * written, one with arguments is a {@link MessageFormat} pattern) for code that makes a text outside a request: problems found in input,
 * refusals, verdict sentences, report prose and command-line output. A key resolves into both
 * languages at once ({@link #text}), because the platform's contracts carry both: the API answers with
 * {@code zh} and {@code en}, verdict explanations are stored in both, the command line prints both.
 * Numbers are given to the text as written ({@code 1234}, not {@code 1,234}); a {@link LocalizedText}
 * argument is put in the language of the text it goes into.
 */
public final class Messages {

    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final ThreadLocal<Map<String, MessageFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private Messages() {}

    /** The text of {@code key} in a language (Chinese unless English is asked for). */
    public static String get(Locale locale, String key, Object... args) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? EN : ZH;
        String pattern = ResourceBundle.getBundle("messages", l, NO_FALLBACK).getString(key);
        if (args == null || args.length == 0) {
            return pattern;
        }
        // a pattern is parsed once per thread (MessageFormat is not thread-safe): verdicts make millions of texts
        MessageFormat format =
                FORMATS.get().computeIfAbsent(l.getLanguage() + ":" + key, k -> new MessageFormat(pattern, l));
        return format.format(plain(args, l));
    }

    /** The text of {@code key} in both languages. */
    public static LocalizedText text(String key, Object... args) {
        return new LocalizedText(get(ZH, key, args), get(EN, key, args));
    }

    /** The Chinese text of {@code key}: for places in files ({@code 行 3 列 B}), written in Chinese in either language. */
    public static String zh(String key, Object... args) {
        return get(ZH, key, args);
    }

    /** Chinese, then English: {@code 中文 / English}, for the command line. */
    public static String both(String key, Object... args) {
        return get(ZH, key, args) + " / " + get(EN, key, args);
    }

    private static Object[] plain(Object[] args, Locale locale) {
        if (args == null || args.length == 0) {
            return args;
        }
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof LocalizedText t) {
                out[i] = t.in(locale);
            } else if (a instanceof BigDecimal d) {
                out[i] = d.toPlainString();
            } else if (a instanceof Number || a instanceof Boolean || a instanceof Character) {
                out[i] = String.valueOf(a);
            } else {
                out[i] = a == null ? "" : a;
            }
        }
        return out;
    }
}
