package org.stocktake.plan.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A document's text twice: as given (quotes come from it) and normalised character for character
 * (traditional characters read as simplified, ASCII brackets, commas and colons as their full-width
 * forms), so that every rule matches the normalised text and every offset holds in both.
 */
final class Source {

    private static final char[] SIMPLIFIED = loadSimplified();

    private final String original;
    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    private Source(String original, String text) {
        this.original = original;
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    static Source of(String original) {
        char[] chars = original.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = normal(chars[i]);
        }
        return new Source(original, new String(chars));
    }

    String original() {
        return original;
    }

    /** The normalised text: same length as the original, char for char. */
    String text() {
        return text;
    }

    int lineCount() {
        return lineStarts.size();
    }

    /** Char index where 0-based line {@code n} starts. */
    int lineStart(int n) {
        return lineStarts.get(n);
    }

    /** Char index where 0-based line {@code n} ends (before its line break). */
    int lineEnd(int n) {
        return n + 1 < lineStarts.size() ? lineStarts.get(n + 1) - 1 : text.length();
    }

    /** The 1-based line holding a char index. */
    int line(int charIndex) {
        int found = Collections.binarySearch(lineStarts, charIndex);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    static char normal(char c) {
        return switch (c) {
            case '(' -> '\uff08';
            case ')' -> '\uff09';
            case ',' -> '\uff0c';
            case ';' -> '\uff1b';
            case ':' -> '\uff1a';
            case '\u3000' -> ' ';
            case '\uff05' -> '%';
            default -> {
                if (c >= '\uff10' && c <= '\uff19') {
                    yield (char) ('0' + (c - '\uff10'));
                }
                char s = SIMPLIFIED[c];
                yield s == 0 ? c : s;
            }
        };
    }

    /** The exact original text between two char indexes. */
    String quote(int from, int to) {
        return original.substring(from, to);
    }

    /** The code-point offset of a char index (the annotation schema counts code points). */
    int codePoints(int charIndex) {
        return original.codePointCount(0, charIndex);
    }

    private static char[] loadSimplified() {
        char[] map = new char[Character.MAX_VALUE + 1];
        try (InputStream in = Source.class.getResourceAsStream("hant-to-hans.txt")) {
            if (in == null) {
                throw new IllegalStateException("hant-to-hans.txt missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.length() >= 2 && !line.startsWith("#")) {
                    map[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
