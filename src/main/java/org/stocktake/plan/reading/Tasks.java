package org.stocktake.plan.reading;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stocktake.plan.PlanDocument;
import org.stocktake.shared.LocalizedText;

/**
 * The draft's tasks: one per list of responsible units (the passage before a parenthetical list, or
 * the clause that names its units), and one per dated duty not already inside such a passage; the
 * lead is the unit the text makes lead (or the first listed), the others are co-units; the deadline
 * is the first by-date inside the passage (a month means its last day), else ongoing.
 */
final class Tasks {

    private static final int TITLE_MAX = 60;

    private Tasks() {}

    static List<PlanDocument.Task> build(DraftPlan draft) {
        Source source = draft.source();
        Reading reading = draft.reading();
        List<PlanDocument.Task> tasks = new ArrayList<>();
        List<int[]> passages = new ArrayList<>();
        int previousEnd = 0;
        for (Reading.UnitList list : reading.responsibleUnits()) {
            int at = draft.charIndex(list.offset());
            int end = at + list.quote().length();
            boolean paren = list.quote().startsWith("（") || list.quote().startsWith("(");
            int start = paren ? passageStart(source, at, previousEnd) : at;
            int stop = paren
                    ? at
                    : source.text().indexOf('。', at) < 0 ? end : source.text().indexOf('。', at) + 1;
            previousEnd = end;
            if (start >= stop) {
                continue;
            }
            passages.add(new int[] {start, Math.max(stop, end)});
            String title = title(source.text().substring(start, stop));
            Set<String> codes = new LinkedHashSet<>();
            String lead = null;
            for (String name : list.units()) {
                String code = draft.unitCode(name);
                if (lead == null && (list.lead().isEmpty() || list.lead().contains(name))) {
                    lead = code;
                } else {
                    codes.add(code);
                }
            }
            codes.remove(lead);
            tasks.add(task(
                    tasks,
                    draft.articleAt(start),
                    title,
                    lead,
                    List.copyOf(codes),
                    deadline(draft, start, stop),
                    recurring(draft, start, stop)));
        }
        for (Reading.Deadline d : reading.deadlines()) {
            int at = draft.charIndex(d.offset());
            if ((!d.type().equals("by") && !d.type().equals("recurring"))
                    || inside(passages, at)
                    || d.who().isEmpty()) {
                continue;
            }
            String lead = draft.unitCode(d.who().get(0));
            String date = d.type().equals("by") ? date(d.date()) : "ongoing";
            tasks.add(task(
                    tasks,
                    draft.articleAt(at),
                    title(d.quote()),
                    lead,
                    List.of(),
                    date,
                    d.type().equals("recurring")));
        }
        return tasks;
    }

    private static PlanDocument.Task task(
            List<PlanDocument.Task> tasks,
            String article,
            String title,
            String lead,
            List<String> co,
            String deadline,
            boolean yearly) {
        String code = String.format(Locale.ROOT, "K%03d", tasks.size() + 1);
        return new PlanDocument.Task(
                code,
                article,
                new LocalizedText(title, null),
                lead,
                co,
                deadline,
                yearly ? "yearly" : "quarterly",
                null,
                List.of());
    }

    /** A passage starts after the previous list, or at its paragraph's start, or after its heading's title. */
    private static int passageStart(Source source, int at, int previousEnd) {
        String text = source.text();
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int start = Math.max(lineStart, previousEnd);
        String line = text.substring(lineStart, at);
        if (start == lineStart && Sections.numbered(line.strip()) && line.indexOf('。') >= 0) {
            start = lineStart + line.indexOf('。') + 1;
        }
        return start;
    }

    private static String title(String passage) {
        String t = DraftPlan.simplified(passage).strip();
        int stop = t.indexOf('。');
        if (stop > 0) {
            t = t.substring(0, stop);
        }
        return t.length() > TITLE_MAX ? t.substring(0, TITLE_MAX) + "…" : t.isEmpty() ? "-" : t;
    }

    private static String deadline(DraftPlan draft, int start, int stop) {
        for (Reading.Deadline d : draft.reading().deadlines()) {
            int at = draft.charIndex(d.offset());
            if (d.type().equals("by") && at >= start && at < stop) {
                return date(d.date());
            }
        }
        return "ongoing";
    }

    private static boolean recurring(DraftPlan draft, int start, int stop) {
        return draft.reading().deadlines().stream()
                .anyMatch(d -> d.type().equals("recurring")
                        && draft.charIndex(d.offset()) >= start
                        && draft.charIndex(d.offset()) < stop);
    }

    /** 2019-03 → 2019-03-31; 2020 → 2020. */
    static String date(String date) {
        if (Grammar.READ_MONTH.matcher(date).matches()) {
            return YearMonth.parse(date).atEndOfMonth().toString();
        }
        return Grammar.READ_YEAR.matcher(date).matches() ? date : "ongoing";
    }

    private static boolean inside(List<int[]> ranges, int at) {
        return ranges.stream().anyMatch(r -> at >= r[0] && at < r[1]);
    }
}
