package org.stocktake.plan.reading;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Deadlines: by a date (2019年3月底前 → 2019-03, 2019年上半年 → 2019-06, 到2020年 → 2020),
 * recurring (2020年起，每年2月底前 …，3月底前 …), relative (3年内) and plan periods (2021—2025年).
 * A deadline's quote runs from its date (or from the subject before 于) to the end of its clause,
 * and over the next clause when the date stands alone.
 */
final class Deadlines {

    private static final String NUMERALS = "一二三四五六七八九十";

    private Deadlines() {}

    static List<Reading.Deadline> read(Source source) {
        String text = source.text();
        List<Reading.Deadline> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Clauses.Clause clause : Clauses.split(text, 0, text.length())) {
            if (!hasDigit(text, clause.start(), clause.end())) {
                continue;
            }
            recurring(source, clause, out, taken);
            Matcher goal = Grammar.BY_GOAL.matcher(text).region(clause.start(), clause.end());
            while (goal.find()) {
                add(source, clause, goal.start(), goal.end(), goal.group("y"), "by", out, taken);
            }
            Matcher by = Grammar.BY_MONTH.matcher(text).region(clause.start(), clause.end());
            while (by.find()) {
                String date = byDate(by);
                if (date != null) {
                    add(source, clause, by.start(), by.end(), date, "by", out, taken);
                }
            }
            Matcher rel = Grammar.RELATIVE.matcher(text).region(clause.start(), clause.end());
            while (rel.find()) {
                String unit = rel.group("u").equals("年") ? "Y" : "M";
                add(
                        source,
                        clause,
                        rel.start(),
                        rel.end(),
                        "P" + number(rel.group("n")) + unit,
                        "relative",
                        out,
                        taken);
            }
            Matcher period = Grammar.PERIOD.matcher(text).region(clause.start(), clause.end());
            while (period.find()) {
                String date = period.group("a") + "/" + period.group("b");
                add(source, clause, period.start(), period.end(), date, "period", out, taken);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Reading.Deadline::offset));
        return out;
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || NUMERALS.indexOf(c) >= 0 || c == '两') {
                return true;
            }
        }
        return false;
    }

    private static void recurring(Source source, Clauses.Clause clause, List<Reading.Deadline> out, List<int[]> taken) {
        String text = source.text();
        Matcher r = Grammar.RECURRING.matcher(text).region(clause.start(), clause.end());
        if (!r.find()) {
            return;
        }
        String from = r.group("from");
        int start = r.start();
        if (from == null) {
            Matcher f = Grammar.FROM_YEAR.matcher(text).region(clause.sentenceStart(), r.start());
            while (f.find()) {
                from = f.group("from");
                start = f.start();
            }
        }
        add(source, clause, start, r.end(), annual(r.group("m"), from), "recurring", out, taken);
        int sentenceEnd = text.indexOf('。', clause.end());
        for (Clauses.Clause next :
                Clauses.split(text, clause.end() + 1, sentenceEnd < 0 ? text.length() : sentenceEnd)) {
            Matcher more = Grammar.RECURRING_MORE.matcher(text).region(next.start(), next.end());
            if (more.lookingAt()) {
                add(source, next, more.start(), more.end(), annual(more.group("m"), from), "recurring", out, taken);
            }
        }
    }

    static String annual(String month, String from) {
        String name = Month.of(Integer.parseInt(month)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return "annual by end of " + name + (from == null ? "" : ", from " + from);
    }

    private static String byDate(Matcher by) {
        String y = by.group("y");
        if (by.group("half") != null) {
            return y + (by.group("half").startsWith("上") ? "-06" : "-12");
        }
        if (by.group("before") == null) {
            return null;
        }
        if (by.group("m") != null) {
            return y + "-" + (by.group("m").length() == 1 ? "0" : "") + by.group("m");
        }
        return by.group("end") != null ? y + "-12" : y;
    }

    private static void add(
            Source source,
            Clauses.Clause clause,
            int start,
            int end,
            String date,
            String type,
            List<Reading.Deadline> out,
            List<int[]> taken) {
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) {
                return;
            }
        }
        taken.add(new int[] {start, end});
        String text = source.text();
        int quoteStart = start;
        String before = start > clause.start() ? text.substring(clause.start(), start) : "";
        boolean subjectBefore = text.charAt(start) == '于' || before.endsWith("于");
        if (subjectBefore) {
            quoteStart = clause.start();
        }
        int quoteEnd = clause.end();
        String after = text.substring(end, clause.end()).strip();
        List<String> who = new ArrayList<>();
        if (after.length() <= 2 && clause.end() < text.length() && text.charAt(clause.end()) == '，') {
            List<Clauses.Clause> next =
                    Clauses.split(text, clause.end() + 1, Math.min(text.length(), clause.end() + 300));
            if (!next.isEmpty()) {
                quoteEnd = next.get(0).end();
                after = text.substring(next.get(0).start(), next.get(0).end());
            }
        }
        String subject = Units.whoOf(subjectBefore ? before.replaceAll("于$", "") : after);
        if (subject != null) {
            who.add(subject);
        }
        out.add(new Reading.Deadline(
                source.quote(quoteStart, quoteEnd),
                source.codePoints(quoteStart),
                source.line(quoteStart),
                date,
                type,
                who));
    }

    /** The year of the last by-date in [from, to) (2019年3月底前), or null. */
    static Integer yearBefore(String text, int from, int to) {
        Integer year = null;
        Matcher by = Grammar.BY_MONTH.matcher(text).region(from, to);
        while (by.find()) {
            if (byDate(by) != null) {
                year = Integer.valueOf(by.group("y"));
            }
        }
        return year;
    }

    private static int number(String n) {
        if (Character.isDigit(n.charAt(0))) {
            return Integer.parseInt(n);
        }
        int value = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int d = c == '两' ? 2 : NUMERALS.indexOf(c) + 1;
            value = d == 10 ? (value == 0 ? 10 : value * 10) : value + d;
        }
        return value;
    }
}
