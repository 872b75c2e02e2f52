package org.stocktake.plan.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores a reading against a hand-checked annotation (the schema of {@code policy-texts/README.md}):
 * section F1 on (number, title); target detection F1 (a found target matches an annotated one when
 * their quotes overlap, one to one); field accuracy on matched targets (value, unit, year,
 * comparator, kind); unit mention F1 (a unit name in an overlapping quote); deadline F1 (overlapping
 * quote, same type and date). The bench and the tests use this one scorer.
 */
public final class ReadingScore {

    /** The development documents, in the order the bench reports them. */
    public static final List<String> DOCUMENTS = List.of(
            "cn-2018-agrimech-guideline", "cn-2018-zero-waste-city-pilot", "cn-2019-tertiary-hospital-performance");

    public static final List<String> FIELDS = List.of("value", "unit", "year", "comparator", "kind");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern BY = Pattern.compile("\\(by ([0-9-]+)\\)");
    private static final Pattern MONTH = Pattern.compile("end of (\\w+)");

    /** True and false positives and negatives of one measure. */
    public record Count(int tp, int fp, int fn) {
        public Count plus(Count o) {
            return new Count(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        public double f1() {
            return tp == 0 ? (fp + fn == 0 ? 1 : 0) : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /** One document's scores; {@code fields} counts matched targets with each field right. */
    public record Score(
            String doc,
            int chars,
            Count sections,
            Count targets,
            Count units,
            Count deadlines,
            Map<String, Integer> fields) {

        public double accuracy(String field) {
            return targets.tp == 0 ? 1 : fields.getOrDefault(field, 0) / (double) targets.tp;
        }

        public Score plus(Score o) {
            Map<String, Integer> f = new HashMap<>(fields);
            o.fields.forEach((k, v) -> f.merge(k, v, Integer::sum));
            return new Score(
                    "all",
                    chars + o.chars,
                    sections.plus(o.sections),
                    targets.plus(o.targets),
                    units.plus(o.units),
                    deadlines.plus(o.deadlines),
                    f);
        }
    }

    private ReadingScore() {}

    public static String text(String doc) {
        return resource("/policy-texts/" + doc + ".txt");
    }

    public static JsonNode annotation(String doc) {
        return JSON.readTree(resource("/policy-texts/" + doc + ".json"));
    }

    static String resource(String path) {
        try (InputStream in = ReadingScore.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a development document and scores the reading against its annotation. */
    public static Score score(String doc) {
        String text = text(doc);
        return score(doc, text.codePointCount(0, text.length()), PolicyReader.read(text), annotation(doc));
    }

    public static Score score(String doc, int chars, Reading r, JsonNode a) {
        Count sections = sections(r.sections(), a.get("sections"));
        Map<String, Integer> fields = new HashMap<>();
        Count targets = targets(r.targets(), a.get("targets"), fields);
        return new Score(
                doc,
                chars,
                sections,
                targets,
                units(r.responsibleUnits(), a.get("responsible_units")),
                deadlines(r.deadlines(), a.get("deadlines")),
                fields);
    }

    private static Count sections(List<Reading.Section> found, JsonNode annotated) {
        List<String> want = new ArrayList<>();
        flatten(annotated, want);
        List<String> got = new ArrayList<>();
        flattenFound(found, got);
        int tp = 0;
        List<String> left = new ArrayList<>(want);
        for (String g : got) {
            if (left.remove(g)) {
                tp++;
            }
        }
        return new Count(tp, got.size() - tp, want.size() - tp);
    }

    private static void flatten(JsonNode sections, List<String> out) {
        for (JsonNode s : sections) {
            out.add(key(s.get("number").asString(), s.get("title").asString()));
            if (s.has("children")) {
                flatten(s.get("children"), out);
            }
        }
    }

    private static void flattenFound(List<Reading.Section> sections, List<String> out) {
        for (Reading.Section s : sections) {
            out.add(key(s.number(), s.title()));
            flattenFound(s.children(), out);
        }
    }

    private static String key(String number, String title) {
        return number.strip() + "|" + title.replaceAll("\\s+", "");
    }

    private static Count targets(List<Reading.Target> found, JsonNode annotated, Map<String, Integer> fields) {
        boolean[] used = new boolean[found.size()];
        int tp = 0;
        for (JsonNode a : annotated) {
            int best = -1;
            for (int i = 0; i < found.size(); i++) {
                Reading.Target f = found.get(i);
                if (!used[i] && overlaps(a, f.offset(), f.quote())) {
                    if (best < 0
                            || (!sameValue(a.get("value"), found.get(best).value())
                                    && sameValue(a.get("value"), f.value()))) {
                        best = i;
                    }
                }
            }
            if (best >= 0) {
                used[best] = true;
                tp++;
                Reading.Target f = found.get(best);
                count(fields, "value", sameValue(a.get("value"), f.value()));
                count(fields, "unit", same(text(a.get("unit")), f.unit()));
                count(
                        fields,
                        "year",
                        same(
                                text(a.get("target_year")),
                                f.targetYear() == null ? null : f.targetYear().toString()));
                count(fields, "comparator", same(text(a.get("comparator")), f.comparator()));
                count(fields, "kind", same(text(a.get("kind")), f.kind()));
            }
        }
        return new Count(tp, found.size() - tp, annotated.size() - tp);
    }

    private static void count(Map<String, Integer> fields, String field, boolean right) {
        fields.merge(field, right ? 1 : 0, Integer::sum);
    }

    static boolean sameValue(JsonNode a, Object f) {
        if (a == null || a.isNull()) {
            return f == null;
        }
        if (a.isNumber()) {
            return f instanceof BigDecimal b && b.compareTo(a.decimalValue()) == 0;
        }
        if (a.isArray()) {
            if (!(f instanceof List<?> l) || l.size() != a.size()) {
                return false;
            }
            for (int i = 0; i < l.size(); i++) {
                if (!sameValue(a.get(i), l.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.asString().equals(f);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    private static boolean same(String a, String b) {
        String x = a == null || a.isBlank() ? null : a.strip();
        String y = b == null || b.isBlank() ? null : b.strip();
        return java.util.Objects.equals(x, y);
    }

    private static boolean overlaps(JsonNode a, int offset, String quote) {
        int start = a.get("offset").asInt();
        int end = start
                + a.get("quote")
                        .asString()
                        .codePointCount(0, a.get("quote").asString().length());
        return offset < end && start < offset + quote.codePointCount(0, quote.length());
    }

    private static Count units(List<Reading.UnitList> found, JsonNode annotated) {
        List<Object[]> got = new ArrayList<>();
        for (Reading.UnitList u : found) {
            for (String name : u.units()) {
                got.add(new Object[] {u.offset(), u.quote(), name});
            }
        }
        boolean[] used = new boolean[got.size()];
        int want = 0;
        int tp = 0;
        for (JsonNode a : annotated) {
            for (JsonNode name : a.get("units")) {
                want++;
                for (int i = 0; i < got.size(); i++) {
                    Object[] g = got.get(i);
                    if (!used[i] && g[2].equals(name.asString()) && overlaps(a, (Integer) g[0], (String) g[1])) {
                        used[i] = true;
                        tp++;
                        break;
                    }
                }
            }
        }
        return new Count(tp, got.size() - tp, want - tp);
    }

    private static Count deadlines(List<Reading.Deadline> found, JsonNode annotated) {
        boolean[] used = new boolean[found.size()];
        int tp = 0;
        for (JsonNode a : annotated) {
            for (int i = 0; i < found.size(); i++) {
                Reading.Deadline f = found.get(i);
                if (!used[i]
                        && overlaps(a, f.offset(), f.quote())
                        && a.get("type").asString().equals(f.type())
                        && date(a.get("date").asString()).equals(date(f.date()))) {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }
        return new Count(tp, found.size() - tp, annotated.size() - tp);
    }

    /** A date in comparable form: 2019-03; for 2019-H1 (by 2019-06) the by-date; for a recurring one its month. */
    static String date(String date) {
        Matcher by = BY.matcher(date);
        if (by.find()) {
            return by.group(1);
        }
        Matcher month = MONTH.matcher(date);
        return month.find() ? "annual-" + month.group(1) : date;
    }
}
