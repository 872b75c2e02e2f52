package org.stocktake.plan.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Responsible units: parenthetical lists (（X、Y等负责）, （X牵头，Y参与）, （牵头单位：X；责任单位：Y）),
 * with a document's declaration that the first-listed unit leads (列第一位者为牵头单位，下同); and in
 * prose: X会同Y、Z等部门, 由X牵头, a clause whose subject is a unit (国家卫生健康委推行…, 各省份于…),
 * X负责…, X是…责任主体, and lists ending in 等部门.
 */
final class Units {

    private static final int MAX_NAME = 16;

    private Units() {}

    static List<Reading.UnitList> read(Source source, List<Sections.Heading> headings) {
        String text = source.text();
        List<Reading.UnitList> out = new ArrayList<>();
        boolean firstLeads = false;
        List<int[]> parens = new ArrayList<>();
        Matcher p = Grammar.PAREN.matcher(text);
        while (p.find()) {
            String inside = text.substring(p.start() + 1, p.end() - 1);
            if (Grammar.FIRST_IS_LEAD.matcher(inside).find()) {
                firstLeads = true;
            }
            Reading.UnitList list = parenthetical(source, p.start(), p.end(), inside, firstLeads, headings);
            if (list != null) {
                out.add(list);
                parens.add(new int[] {p.start(), p.end()});
            }
        }
        for (Clauses.Clause c : Clauses.split(text, 0, text.length())) {
            if (!inside(parens, c.start())) {
                prose(source, c, headings, out);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Reading.UnitList::offset));
        return out;
    }

    private static Reading.UnitList parenthetical(
            Source source, int start, int end, String inside, boolean firstLeads, List<Sections.Heading> headings) {
        List<String> units = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        boolean open = false;
        for (String clause : inside.split("[，；。]")) {
            if (Grammar.DECLARATION.matcher(clause).find()) {
                continue;
            }
            Matcher label = Grammar.ROLE_LABEL.matcher(clause);
            Matcher role = Grammar.ROLE_CLAUSE.matcher(clause);
            String names;
            String r;
            if (label.matches()) {
                names = label.group("names");
                r = label.group("role").startsWith("牵头")
                        ? "lead"
                        : label.group("role").startsWith("责任") ? "responsible" : "participate";
            } else if (role.matches()) {
                names = role.group("names");
                r = role(role.group("role"));
            } else {
                continue;
            }
            Matcher o = Grammar.OPEN_LIST.matcher(names);
            if (o.find()) {
                open = true;
                names = names.substring(0, o.start());
            }
            List<String> list = names(names);
            if (list.isEmpty()) {
                return null;
            }
            units.addAll(list);
            roles.add(r);
            if (r.equals("lead")) {
                leads.addAll(list);
            }
        }
        if (units.isEmpty()) {
            return null;
        }
        String role = String.join("+", roles);
        if (firstLeads && role.equals("responsible") && units.size() > 1) {
            role = "lead+partners";
            leads = List.of(units.get(0));
        }
        return new Reading.UnitList(
                source.quote(start, end),
                source.codePoints(start),
                source.line(start),
                units,
                role,
                leads,
                open,
                Sections.labelAt(headings, start));
    }

    private static String role(String word) {
        if (word.startsWith("牵头")) {
            return "lead";
        }
        return switch (word) {
            case "参与", "配合" -> "participate";
            case "指导" -> "guide";
            default -> "responsible";
        };
    }

    /** Names in a list separated by 、 (和 stays inside names: 工业和信息化部). */
    static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String n : list.split("、")) {
            String name = n.strip();
            if (name.isEmpty() || name.length() > MAX_NAME || !name.codePoints().allMatch(Units::hanOrQuote)) {
                return List.of();
            }
            out.add(name);
        }
        return out;
    }

    private static boolean hanOrQuote(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '“' || c == '”';
    }

    private static void prose(
            Source source, Clauses.Clause c, List<Sections.Heading> headings, List<Reading.UnitList> out) {
        String text = source.text();
        String clause = text.substring(c.start(), c.end());
        int skip = datePrefix(clause);
        String rest = clause.substring(skip);
        Matcher together = Grammar.TOGETHER.matcher(rest);
        if (rest.contains("会同") && together.find()) {
            Set<String> units = new LinkedHashSet<>();
            units.add(together.group("lead"));
            List<String> with = names(together.group("with").replaceAll("等$", ""));
            units.addAll(with);
            String role = with.isEmpty() ? "lead" : "lead+partners";
            emit(
                    source,
                    c,
                    skip + together.start(),
                    skip + together.end(),
                    List.copyOf(units),
                    role,
                    List.of(together.group("lead")),
                    headings,
                    out);
            return;
        }
        Matcher led = Grammar.LED_BY.matcher(rest);
        if (rest.contains("牵头") && led.find()) {
            List<String> units = names(led.group("names"));
            if (!units.isEmpty()
                    && units.stream().allMatch(u -> Grammar.ORG.matcher(u).matches())) {
                emit(source, c, skip + led.start(), c.end() - c.start(), units, "lead", units, headings, out);
                return;
            }
        }
        Matcher list = Grammar.SUBJECT_LIST.matcher(rest);
        if (rest.contains("等") && list.find()) {
            emit(
                    source,
                    c,
                    skip,
                    c.end() - c.start(),
                    names(list.group("names")),
                    "responsible",
                    List.of(),
                    headings,
                    out);
            return;
        }
        String subject = subjectOf(rest);
        if (subject != null) {
            emit(source, c, skip, c.end() - c.start(), List.of(subject), "responsible", List.of(), headings, out);
        }
    }

    /** The unit a clause opens with, when a verb of action or duty follows it; else null. */
    static String subjectOf(String clause) {
        Matcher s = Grammar.SUBJECT.matcher(clause);
        if (s.find()) {
            return s.group("name");
        }
        Matcher d = Grammar.SUBJECT_DUTY.matcher(clause);
        return d.find() ? d.group("name") : null;
    }

    /** Who a deadline binds: a unit the clause opens with, or the local governments as a whole (各地). */
    static String whoOf(String clause) {
        String unit = subjectOf(clause);
        if (unit != null) {
            return unit;
        }
        Matcher w = Grammar.WHO.matcher(clause);
        return w.find() ? w.group("name") : null;
    }

    /** Length of a leading date phrase (2019年3月底前 / 在2019年9月底前 / 2020年起), else 0. */
    private static int datePrefix(String clause) {
        Matcher m = Grammar.DATE_PREFIX.matcher(clause);
        return m.find() ? m.end() : 0;
    }

    private static void emit(
            Source source,
            Clauses.Clause c,
            int from,
            int to,
            List<String> units,
            String role,
            List<String> lead,
            List<Sections.Heading> headings,
            List<Reading.UnitList> out) {
        if (units.isEmpty()) {
            return;
        }
        int start = c.start() + from;
        int end = c.start() + to;
        out.add(new Reading.UnitList(
                source.quote(start, end),
                source.codePoints(start),
                source.line(start),
                units,
                role,
                lead,
                false,
                Sections.labelAt(headings, start)));
    }

    private static boolean inside(List<int[]> ranges, int at) {
        for (int[] r : ranges) {
            if (at >= r[0] && at < r[1]) {
                return true;
            }
        }
        return false;
    }
}
