package org.stocktake.plan.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets: quantities with their verb anywhere in the text (past achievements and attributive
 * phrases left out), and, inside goal scopes, parity, rank, direction and qualitative goals; a
 * vision paragraph (到2035年) gives one goal per clause. 分别 and 均 split one quote into several targets.
 */
final class Targets {

    /** One match inside a clause before it becomes targets. */
    record Found(
            int start, int end, int verbStart, Reading.Target draft, String distributive, List<BigDecimal> values) {}

    private static final Pattern DISTRIBUTIVE = Pattern.compile("(分别|均)$");
    private static final Pattern LEADING = Pattern.compile("^(?:其中|并|且|力争|确保|使|同时|以及|和|、)+");
    private static final Pattern EVENT = Pattern.compile("(?:事件|事故|案件)$");

    private Targets() {}

    static List<Reading.Target> read(Source source, List<Sections.Heading> headings) {
        String text = source.text();
        List<Reading.Target> out = new ArrayList<>();
        int[] firstGoalYear = {0};
        for (int n = 0; n < source.lineCount(); n++) {
            int from = source.lineStart(n);
            int to = source.lineEnd(n);
            if (to - from < 4) {
                continue;
            }
            if (inReview(headings, from)
                    || Grammar.REVIEW_PARAGRAPH
                            .matcher(text.substring(from, to).strip())
                            .find()) {
                continue;
            }
            List<Clauses.Scope> scopes = Clauses.scopes(text, from, to, firstGoalYear);
            int body = bodyStart(text, from, to);
            for (Clauses.Clause clause : Clauses.split(text, body, to)) {
                Clauses.Scope scope = Clauses.scopeAt(scopes, clause.start());
                for (Found f : inClause(source, clause, scope)) {
                    out.addAll(expand(source, f, scope, clause, Sections.labelAt(headings, f.start())));
                }
            }
        }
        return out;
    }

    /** True inside a part whose heading looks back (工作回顾). */
    private static boolean inReview(List<Sections.Heading> headings, int index) {
        Sections.Heading part = null;
        for (Sections.Heading h : headings) {
            if (h.start() > index) {
                break;
            }
            if (h.level() <= 1) {
                part = h;
            }
        }
        return part != null && Grammar.REVIEW_HEADING.matcher(part.title()).find();
    }

    /** Where a paragraph's body starts: after a numbered heading's title (a heading restates, it does not commit). */
    private static int bodyStart(String text, int from, int to) {
        String line = text.substring(from, to).strip();
        if (!Sections.numbered(line)) {
            return from;
        }
        int stop = text.indexOf('。', from);
        return stop < 0 || stop > to ? to : stop + 1;
    }

    private static List<Found> inClause(Source source, Clauses.Clause clause, Clauses.Scope scope) {
        String text = source.text();
        String c = text.substring(clause.start(), clause.end());
        if (Grammar.PAST.matcher(c).find()
                || Grammar.DEFINITION
                        .matcher(text.substring(clause.sentenceStart(), clause.end()))
                        .find()) {
            return List.of();
        }
        boolean aim = Grammar.AIM.matcher(c).find();
        List<Found> found = new ArrayList<>();
        boolean digits = c.chars().anyMatch(ch -> ch >= '0' && ch <= '9');
        Matcher q = Grammar.QUANTITY.matcher(c);
        while (digits && q.find()) {
            if (!attributive(c, q.end())) {
                add(found, Quantities.quantity(q, clause.start()));
            }
        }
        Matcher z = Grammar.ZERO.matcher(c);
        while (!aim && c.indexOf('零') >= 0 && z.find()) {
            add(found, Quantities.zero(z, clause.start()));
        }
        Matcher w = Grammar.WHOLE.matcher(c);
        while (!aim && c.indexOf('全') >= 0 && w.find()) {
            if (!attributive(c, w.end())) {
                add(found, Quantities.whole(w, clause.start()));
            }
        }
        Matcher a = Grammar.ABOUT.matcher(c);
        while (digits && c.contains("左右") && a.find()) {
            if (!attributive(c, a.end()) || c.startsWith("的", a.end())) {
                add(found, Quantities.about(a, clause.start()));
            }
        }
        if (scope != null) {
            Matcher p = Grammar.PARITY.matcher(c);
            while (p.find()) {
                add(found, Quantities.parity(p, clause.start()));
            }
            Matcher r = Grammar.RANK.matcher(c);
            while (r.find()) {
                add(found, Quantities.rank(r, clause.start()));
            }
            Matcher d = Grammar.DIRECTION.matcher(c);
            if (d.find()) {
                add(found, Quantities.direction(d, clause.start()));
            }
            Matcher g = Grammar.QUALITATIVE.matcher(c);
            if (!aim && !scope.vision() && g.find()) {
                add(
                        found,
                        Quantities.qualitative(
                                g.start(), g.start() == 0 ? c.length() : g.end(), g.group(), clause.start()));
            }
            if (scope.vision()
                    && found.isEmpty()
                    && !Grammar.GOAL_YEAR.matcher(c).matches()) {
                visionGoals(c, clause.start(), found);
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return withQuoteStarts(text, clause, found);
    }

    /** A 的 right after the quantity makes it a modifier (厚度低于0.01毫米的地膜), not a commitment. */
    private static boolean attributive(String clause, int end) {
        return clause.startsWith("的", end);
    }

    private static void visionGoals(String c, int offset, List<Found> found) {
        int start = 0;
        Matcher and = Grammar.VISION_AND.matcher(c);
        while (and.find()) {
            found.add(Quantities.qualitative(start, and.start(), null, offset));
            start = and.end();
        }
        found.add(Quantities.qualitative(start, c.length(), null, offset));
    }

    private static void add(List<Found> found, Found f) {
        for (Found o : found) {
            if (f.verbStart() < o.end() && o.verbStart() < f.end()) {
                return;
            }
        }
        found.add(f);
    }

    /** Each quote runs from its clause start, or from just after the previous target in the clause. */
    private static List<Found> withQuoteStarts(String text, Clauses.Clause clause, List<Found> found) {
        List<Found> out = new ArrayList<>();
        int start = clause.start();
        for (Found f : found) {
            int s = Math.min(Math.max(start, clause.start()), f.verbStart());
            while (s < f.verbStart() && "、和及与 ".indexOf(text.charAt(s)) >= 0) {
                s++;
            }
            out.add(new Found(s, f.end(), f.verbStart(), f.draft(), f.distributive(), f.values()));
            start = f.end();
        }
        return out;
    }

    private static List<Reading.Target> expand(
            Source source, Found f, Clauses.Scope scope, Clauses.Clause clause, String section) {
        String text = source.text();
        String subject = text.substring(f.start(), f.verbStart());
        Matcher lead = LEADING.matcher(subject);
        String indicator = lead.lookingAt() ? subject.substring(lead.end()) : subject;
        Matcher dist = DISTRIBUTIVE.matcher(indicator);
        String distributive = null;
        if (dist.find()) {
            distributive = dist.group(1);
            indicator = indicator.substring(0, dist.start());
        }
        indicator = indicator.replaceAll("(总体|整体)$", "");
        Integer year = scope == null
                ? Deadlines.yearBefore(text, clause.sentenceStart(), f.start())
                : Integer.valueOf(scope.year());
        boolean inferred = scope != null && scope.start() < clause.sentenceStart();
        Reading.Target d = f.draft();
        String unit = d.unit();
        if (unit == null
                && d.kind().equals("level")
                && d.value() instanceof BigDecimal b
                && b.signum() == 0
                && EVENT.matcher(indicator).find()) {
            unit = "起";
        }
        String quote = source.quote(f.start(), f.end());
        int offset = source.codePoints(f.start());
        int line = source.line(f.start());
        List<Reading.Target> out = new ArrayList<>();
        List<String> items = List.of(indicator);
        if (distributive != null) {
            items = List.of(indicator.split("、"));
        } else if (d.kind().equals("direction") && indicator.contains("和")) {
            items = List.of(indicator.split("和"));
            distributive = "和";
        }
        for (int i = 0; i < items.size(); i++) {
            Object value = d.value();
            if ("分别".equals(distributive) && f.values().size() == items.size()) {
                value = f.values().get(i);
            }
            out.add(new Reading.Target(
                    quote,
                    offset,
                    line,
                    items.get(i).strip(),
                    d.comparator(),
                    value,
                    unit,
                    year,
                    inferred,
                    d.kind(),
                    d.qualifier(),
                    distributive,
                    section));
        }
        return out;
    }
}
