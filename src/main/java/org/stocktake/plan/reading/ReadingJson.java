package org.stocktake.plan.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reading written in exactly the annotation schema of the development set ({@code sections},
 * {@code targets}, {@code responsible_units}, {@code deadlines}; snake_case keys, code-point offsets),
 * so that a script can score it against an annotation.
 */
public final class ReadingJson {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReadingJson() {}

    public static String write(String docId, Reading reading) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("doc_id", docId);
        doc.put("sections", sections(reading.sections()));
        List<Object> targets = new ArrayList<>();
        int n = 0;
        for (Reading.Target t : reading.targets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", "t" + ++n);
            m.put("quote", t.quote());
            m.put("indicator", t.indicator());
            m.put("comparator", t.comparator());
            m.put("value", t.value());
            m.put("unit", t.unit());
            m.put("target_year", t.targetYear());
            m.put("kind", t.kind());
            putIf(m, "qualifier", t.qualifier());
            putIf(m, "distributive", t.distributive());
            if (t.targetYearInferred()) {
                m.put("target_year_inferred", true);
            }
            m.put("section", t.section());
            m.put("offset", t.offset());
            m.put("line", t.line());
            targets.add(m);
        }
        doc.put("targets", targets);
        List<Object> units = new ArrayList<>();
        for (Reading.UnitList u : reading.responsibleUnits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("quote", u.quote());
            m.put("units", u.units());
            m.put("offset", u.offset());
            m.put("line", u.line());
            m.put("section", u.section());
            m.put("role", u.role());
            if (!u.lead().isEmpty()) {
                m.put("lead", u.lead().size() == 1 ? u.lead().get(0) : u.lead());
            }
            if (u.openList()) {
                m.put("open_list", true);
            }
            units.add(m);
        }
        doc.put("responsible_units", units);
        List<Object> deadlines = new ArrayList<>();
        for (Reading.Deadline d : reading.deadlines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("quote", d.quote());
            m.put("date", d.date());
            m.put("type", d.type());
            if (!d.who().isEmpty()) {
                m.put("who", d.who());
            }
            m.put("offset", d.offset());
            m.put("line", d.line());
            deadlines.add(m);
        }
        doc.put("deadlines", deadlines);
        return JSON.writeValueAsString(doc);
    }

    private static List<Object> sections(List<Reading.Section> sections) {
        List<Object> out = new ArrayList<>();
        for (Reading.Section s : sections) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", s.number());
            m.put("title", s.title());
            m.put("line", s.line());
            putIf(m, "type", s.type());
            if (!s.children().isEmpty()) {
                m.put("children", sections(s.children()));
            }
            out.add(m);
        }
        return out;
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
