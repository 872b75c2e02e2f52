package org.stocktake.plan.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering hierarchy as printed: 附件 (level 0), 一、 (1), （一） (2), 专栏 (2), 1. (3), （1） (4).
 * A heading is a line that opens with a number; its title runs to the first 。 (a run-in heading),
 * or, when the number stands alone on its line (a flattened table), over the next short lines.
 * Numbered notes after 注： are not headings.
 */
final class Sections {

    /** One heading, flat, with its level and where its line starts. */
    record Heading(int level, String number, String title, int start, int line, String type) {}

    private static final int MAX_TITLE_LINE = 12;

    private Sections() {}

    static List<Heading> read(Source source) {
        List<Heading> out = new ArrayList<>();
        boolean inNotes = false;
        boolean inAttachment = false;
        int lines = source.lineCount();
        for (int n = 0; n < lines; n++) {
            String line = lineText(source, n);
            int start = source.lineStart(n);
            if (line.isEmpty()) {
                continue;
            }
            Matcher attachment = Grammar.ATTACHMENT.matcher(line);
            if (attachment.matches()) {
                int next = nextNonEmpty(source, n + 1);
                if (next >= 0 && !numbered(lineText(source, next))) {
                    out.add(new Heading(
                            0,
                            original(source, start, attachment.group(1)),
                            originalLine(source, next),
                            start,
                            n + 1,
                            "attachment"));
                    inAttachment = true;
                    inNotes = false;
                    n = next;
                    continue;
                }
            }
            if (Grammar.NOTE.matcher(line).find()) {
                inNotes = true;
                continue;
            }
            Heading h = heading(source, n, line, start, inNotes, inAttachment);
            if (h != null) {
                if (h.level() <= 2) {
                    inNotes = false;
                }
                out.add(h);
            }
        }
        return out;
    }

    private static Heading heading(Source source, int n, String line, int start, boolean inNotes, boolean inTable) {
        Object[][] levels = {
            {Grammar.PART, 1}, {Grammar.ARTICLE, 2}, {Grammar.BOX, 2}, {Grammar.ITEM, 3}, {Grammar.SUB_ITEM, 4}
        };
        for (Object[] l : levels) {
            int level = (Integer) l[1];
            if (inNotes && level >= 3) {
                return null;
            }
            Matcher m = ((Pattern) l[0]).matcher(line);
            if (m.matches()) {
                String title = title(originalLine(source, n).substring(m.start(2)));
                if (title.isEmpty()) {
                    title = titleFromNextLines(source, n + 1);
                }
                if (title.isEmpty()) {
                    return null;
                }
                String type = l[0] == Grammar.BOX ? "box" : inTable ? "table_row" : null;
                return new Heading(level, original(source, start, m.group(1)), title, start, n + 1, type);
            }
        }
        return null;
    }

    /** The title of a heading line: up to the first 。 (or the whole rest of the line). */
    static String title(String rest) {
        int stop = rest.indexOf('。');
        return (stop >= 0 ? rest.substring(0, stop) : rest).strip();
    }

    private static String titleFromNextLines(Source source, int from) {
        StringBuilder title = new StringBuilder();
        for (int n = from; n < source.lineCount() && n < from + 3; n++) {
            String line = lineText(source, n);
            if (line.isEmpty() || numbered(line) || line.length() > MAX_TITLE_LINE || line.contains("。")) {
                break;
            }
            title.append(originalLine(source, n));
        }
        return title.toString();
    }

    static boolean numbered(String line) {
        return Grammar.PART.matcher(line).matches()
                || Grammar.ARTICLE.matcher(line).matches()
                || Grammar.ITEM.matcher(line).matches()
                || Grammar.SUB_ITEM.matcher(line).matches();
    }

    private static int nextNonEmpty(Source source, int from) {
        for (int n = from; n < source.lineCount(); n++) {
            if (!lineText(source, n).isEmpty()) {
                return n;
            }
        }
        return -1;
    }

    /** The normalised text of a 0-based line, without its line break and surrounding blanks. */
    static String lineText(Source source, int n) {
        return source.text().substring(source.lineStart(n), source.lineEnd(n)).strip();
    }

    static String originalLine(Source source, int n) {
        return source.original()
                .substring(source.lineStart(n), source.lineEnd(n))
                .strip();
    }

    /** The number as printed in the original (e.g. traditional or ASCII brackets). */
    private static String original(Source source, int lineStart, String normalisedNumber) {
        int at = source.text().indexOf(normalisedNumber, lineStart);
        return source.original().substring(at, at + normalisedNumber.length());
    }

    /** The section label (二、（三）) of the headings in force at a char index. */
    static String labelAt(List<Heading> headings, int index) {
        String part = "";
        String article = "";
        for (Heading h : headings) {
            if (h.start() > index) {
                break;
            }
            if (h.level() <= 1) {
                part = h.number();
                article = "";
            } else if (h.level() == 2) {
                article = h.number();
            }
        }
        return part + article;
    }
}
