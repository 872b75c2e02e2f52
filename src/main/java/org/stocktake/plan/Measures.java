package org.stocktake.plan;

import java.util.ArrayList;
import java.util.List;

/** Splits article text into its sentences (measures) at full stops, keeping quotes whole. */
final class Measures {

    private Measures() {}

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int quoteDepth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                flush(current, sentences);
                continue;
            }
            current.append(c);
            if (c == '“') {
                quoteDepth++;
            } else if (c == '”') {
                quoteDepth = Math.max(0, quoteDepth - 1);
            } else if (c == '。' && quoteDepth == 0) {
                flush(current, sentences);
            }
        }
        flush(current, sentences);
        return sentences;
    }

    private static void flush(StringBuilder current, List<String> sentences) {
        String sentence = current.toString().strip();
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        current.setLength(0);
    }
}
