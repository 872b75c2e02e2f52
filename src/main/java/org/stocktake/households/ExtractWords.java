package org.stocktake.households;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The extract's sheets, columns and words (from {@code households/extract.properties}), both ways. */
final class ExtractWords {

    static final ExtractWords WORDS = load();

    private final Properties p;
    private final Map<String, String> codes = new HashMap<>();

    private ExtractWords(Properties p) {
        this.p = p;
        for (String key : p.stringPropertyNames()) {
            int dot = key.indexOf('.');
            if (dot > 0) {
                codes.put(key.substring(0, dot) + "|" + p.getProperty(key), key.substring(dot + 1));
            }
        }
    }

    private static ExtractWords load() {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(
                ExtractWords.class.getResourceAsStream("/households/extract.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExtractWords(p);
    }

    String word(String key) {
        return p.getProperty(key);
    }

    /** The word for a code in a group ({@code risk}, {@code illness} → 因病). */
    String word(String group, String code) {
        return p.getProperty(group + "." + code, code);
    }

    /** The code of a word in a group, or null when the extract has no such word. */
    String code(String group, String word) {
        return word == null ? null : codes.get(group + "|" + word.trim());
    }

    String sheet(String name) {
        return p.getProperty("sheet." + name);
    }

    List<String> columns(String sheet) {
        return List.of(p.getProperty("columns." + sheet).split(","));
    }

    boolean yes(String word) {
        return word("yes").equals(word == null ? "" : word.trim());
    }
}
