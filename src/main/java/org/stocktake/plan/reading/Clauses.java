package org.stocktake.plan.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A paragraph cut into what the reader reasons about: clauses (between ， ； 。 ： ！ ？) and the goal
 * scopes that give them a target year (到2025年， at the head of a paragraph governs the paragraph;
 * elsewhere it governs its sentence).
 */
final class Clauses {

    /** A clause: char range [start, end) in the source. */
    record Clause(int start, int end, int sentenceStart) {}

    /** A stretch of text whose commitments are due in {@code year}; {@code vision} for a long-range goal. */
    record Scope(int start, int end, int year, boolean paragraphWide, boolean vision) {}

    private static final String STOPS = "，；。：！？\n\r";
    private static final int VISION_GAP = 10;

    private Clauses() {}

    static List<Clause> split(String text, int from, int to) {
        List<Clause> out = new ArrayList<>();
        int start = from;
        int sentence = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : '。';
            if (STOPS.indexOf(c) >= 0) {
                if (i > start) {
                    out.add(new Clause(start, i, sentence));
                }
                start = i + 1;
                if (c == '。' || c == '；' || c == '！' || c == '？' || c == '\n' || c == '\r') {
                    sentence = i + 1;
                }
            }
        }
        return out;
    }

    /**
     * The goal scopes of one paragraph [from, to). {@code firstGoalYear} is the earliest goal year seen
     * in the document so far (0 if none): a scope ten or more years later is a vision.
     */
    static List<Scope> scopes(String text, int from, int to, int[] firstGoalYear) {
        List<Scope> out = new ArrayList<>();
        Matcher m = Grammar.GOAL_YEAR.matcher(text).region(from, to);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            String y = m.group("y1") != null ? m.group("y1") : m.group("y2");
            found.add(new int[] {m.start(), Integer.parseInt(y)});
        }
        for (int k = 0; k < found.size(); k++) {
            int start = found.get(k)[0];
            int year = found.get(k)[1];
            boolean head = atParagraphHead(text, from, start);
            int end = k + 1 < found.size() ? found.get(k + 1)[0] : to;
            if (!head) {
                int stop = text.indexOf('。', start);
                end = Math.min(end, stop < 0 ? to : stop + 1);
            }
            if (firstGoalYear[0] == 0) {
                firstGoalYear[0] = year;
            }
            boolean vision = head && year - firstGoalYear[0] >= VISION_GAP;
            out.add(new Scope(start, end, year, head, vision));
        }
        return out;
    }

    /** True when only a heading (number, title, 。) stands before {@code at} in its paragraph. */
    private static boolean atParagraphHead(String text, int from, int at) {
        String before = text.substring(from, at).strip();
        if (before.isEmpty()) {
            return true;
        }
        return Sections.numbered(before) && before.endsWith("。") && before.indexOf('。') == before.length() - 1;
    }

    static Scope scopeAt(List<Scope> scopes, int index) {
        for (Scope s : scopes) {
            if (index >= s.start() && index < s.end()) {
                return s;
            }
        }
        return null;
    }
}
