package org.stocktake.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Table column widths from the content: never narrower than the column's longest word (so a header
 * such as "Baseline" is never broken inside the word), and the rest of the width shared in
 * proportion to how much each column would need to stay on one line. Chinese text may break
 * between any two characters, so each Han character counts as a word of its own.
 */
final class ColumnWidths {

    private ColumnWidths() {}

    /**
     * Widths in the unit of {@code measure} (which gives the width of a text), summing to {@code
     * total} when the longest words fit; otherwise the longest words' widths, summing to more.
     */
    static double[] of(ReportDocument.Table table, ToDoubleFunction<String> measure, double padding, double total) {
        int columns = Math.max(1, table.headers().size());
        double[] least = new double[columns];
        double[] natural = new double[columns];
        double[] typical = new double[columns];
        for (int c = 0; c < columns; c++) {
            // a header keeps even its Chinese words whole (进度, not 进/度); cells may break between Han characters
            for (String word : table.headers().get(c).split("\\s+")) {
                least[c] = Math.max(least[c], measure.applyAsDouble(word) * 1.05 + padding + 2);
            }
            List<String> texts = column(table, c);
            for (String text : texts) {
                for (String word : words(text)) {
                    // a little more than the word: renderers round and draw borders inside the cell
                    least[c] = Math.max(least[c], measure.applyAsDouble(word) * 1.05 + padding + 2);
                }
                natural[c] = Math.max(natural[c], measure.applyAsDouble(text) + padding);
                typical[c] += measure.applyAsDouble(text) / texts.size();
            }
            least[c] = Math.max(least[c], padding * 2);
            natural[c] = Math.max(natural[c], least[c]);
        }
        return share(least, natural, typical, total);
    }

    /** True when the longest words of every column fit in the width. */
    static boolean fits(double[] widths, double total) {
        double sum = 0;
        for (double w : widths) {
            sum += w;
        }
        return sum <= total + 0.01;
    }

    /**
     * When everything fits on one line, widths in proportion to the longest texts; otherwise each
     * column its longest word, and the rest shared in proportion to the columns' typical (mean) text.
     */
    private static double[] share(double[] least, double[] natural, double[] typical, double total) {
        double leastSum = sum(least);
        double naturalSum = sum(natural);
        double typicalSum = Math.max(1e-9, sum(typical));
        double[] widths = new double[least.length];
        for (int c = 0; c < least.length; c++) {
            if (naturalSum <= total) {
                widths[c] = natural[c] * total / naturalSum;
            } else if (leastSum <= total) {
                double spare = total - leastSum;
                widths[c] = least[c] + spare * typical[c] / typicalSum;
            } else {
                widths[c] = least[c];
            }
        }
        return widths;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static List<String> column(ReportDocument.Table table, int c) {
        List<String> texts = new ArrayList<>();
        texts.add(table.headers().get(c));
        for (List<String> row : table.rows()) {
            if (c < row.size() && row.get(c) != null) {
                texts.add(row.get(c));
            }
        }
        return texts;
    }

    /** The pieces a line may not be broken inside: runs of non-space, non-Han characters, and single Han characters. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean space = Character.isWhitespace(cp);
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (space || han) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (han) {
                    words.add(new String(Character.toChars(cp)));
                }
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The width of a text in points at a font size, estimated where no font metrics are at hand
     * (DOCX): Han and full-width characters one em, capitals 0.68 em, everything else half an em.
     */
    static double estimate(String text, double size) {
        return text.codePoints()
                        .mapToDouble(cp -> cp >= 0x2E80 ? 1.0 : Character.isUpperCase(cp) ? 0.68 : 0.5)
                        .sum()
                * size;
    }
}
