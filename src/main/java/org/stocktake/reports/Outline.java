package org.stocktake.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Numbers the headings of a report as official documents do: 一、 （一） 1. in Chinese (GB/T 9704
 * practice), 1. 1.1 1.1.1 in English. Adds the headings to the blocks it is given.
 */
final class Outline {

    private static final String DIGITS = "零一二三四五六七八九";

    private final boolean english;
    private final List<ReportDocument.Block> blocks;
    private int first;
    private int second;
    private int third;

    Outline(Locale locale, List<ReportDocument.Block> blocks) {
        this.english = TargetTable.english(locale);
        this.blocks = blocks;
    }

    /** A first-level heading: 一、总体情况 / 1. Overview. */
    void section(String text) {
        first++;
        second = 0;
        third = 0;
        blocks.add(new ReportDocument.Heading(1, (english ? first + ". " : chinese(first) + "、") + text));
    }

    /** A second-level heading: （一）森林覆盖率 / 1.1 Forest coverage. */
    void subsection(String text) {
        second++;
        third = 0;
        blocks.add(new ReportDocument.Heading(
                2, (english ? first + "." + second + " " : "（" + chinese(second) + "）") + text));
    }

    /** A third-level heading: 1. … / 1.1.1 …. */
    void point(String text) {
        third++;
        blocks.add(new ReportDocument.Heading(
                3, (english ? first + "." + second + "." + third + " " : third + ". ") + text));
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (up to 99). */
    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    /** The items of a list as numbered lines: 1. … 2. … (official documents use no bullet glyphs). */
    static List<String> numbered(List<String> items) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add((i + 1) + ". " + items.get(i));
        }
        return lines;
    }
}
