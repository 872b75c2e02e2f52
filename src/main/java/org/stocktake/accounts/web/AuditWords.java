package org.stocktake.accounts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stocktake.accounts.AuditEntry;
import org.stocktake.platform.When;
import org.stocktake.shared.Messages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts an audit entry into words in one language: who (by name), when, what (the kind of entity and
 * which one, the action) and the change in short ({@code 字段: 之前 → 之后}); the stored before and
 * after as {@code key: value} lines. Codes become words through the message bundles, units, users and
 * regions their names, times the users' way of writing them; a value with no words stays as written.
 */
final class AuditWords {

    /** The change lines shown on an entry; the rest are counted. */
    static final int SHOWN = 3;

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern RECORD = Pattern.compile("^\\w+\\[(.*)]$");
    private static final String PUBLISHED = "published statistics: ";
    private static final Pattern CODE = Pattern.compile("^[A-Za-z][A-Za-z_-]*$");
    private static final Set<String> TECHNICAL = Set.of("id", "version", "sha256", "taskId", "userId");
    private static final List<String> FIRST = List.of(
            "displayName",
            "name",
            "title",
            "status",
            "role",
            "unit",
            "kind",
            "region",
            "lead",
            "coUnits",
            "deadline",
            "newDeadline",
            "reason",
            "email",
            "enabled");
    /** Where a code of a value may have its words, tried in turn. */
    private static final List<String> VALUE_KEYS = List.of(
            "audit.value.",
            "status.",
            "update.status.",
            "data.status.",
            "role.",
            "admin.kind.",
            "households.step.",
            "light.",
            "reason.",
            "rung.");

    private final Locale locale;
    private final Map<String, String> users;
    private final Map<String, String> units;
    private final Map<String, String> regions;

    /** Names by username, unit code and region code, in the page's language. */
    AuditWords(Locale locale, Map<String, String> users, Map<String, String> units, Map<String, String> regions) {
        this.locale = locale;
        this.users = users;
        this.units = units;
        this.regions = regions;
    }

    /** One entry as the page shows it. */
    record Line(
            long id,
            String who,
            String when,
            String what,
            List<String> changes,
            int more,
            List<String> before,
            List<String> after) {}

    Line line(AuditEntry e) {
        JsonNode before = parse(e.before());
        JsonNode after = parse(e.after());
        List<String> changes = changes(before, after);
        return new Line(
                e.id(),
                who(e.actor()),
                When.at(e.at(), locale),
                what(e),
                changes.stream().limit(SHOWN).toList(),
                Math.max(0, changes.size() - SHOWN),
                lines(before),
                lines(after));
    }

    /** A user by name; the platform's own jobs in words. */
    String who(String actor) {
        if (actor.startsWith("system:")) {
            String job = actor.substring("system:".length());
            return text("audit.system." + job).orElseGet(() -> Messages.get(locale, "audit.system", job));
        }
        return users.getOrDefault(actor, actor);
    }

    /** The kind of an entity in words. */
    String entity(String entity) {
        return text("audit.entity." + entity).orElseGet(() -> Messages.get(locale, "audit.entity.other"));
    }

    private String what(AuditEntry e) {
        String action = text("audit.action." + e.action())
                .or(() -> text("households.step." + e.action()))
                .orElseGet(() -> Messages.get(locale, "audit.action.other"));
        String target = target(e.entity(), e.entityId());
        return target.isEmpty()
                ? Messages.get(locale, "audit.what.bare", entity(e.entity()), action)
                : Messages.get(locale, "audit.what", entity(e.entity()), target, action);
    }

    /** Which entity: a user or unit by name, a region by name, a record's fields as values, a number as such. */
    private String target(String entity, String id) {
        if (id == null || id.isEmpty() || "null".equals(id)) {
            return "";
        }
        if (("user".equals(entity) || "token".equals(entity)) && users.containsKey(id)) {
            return users.get(id);
        }
        Matcher record = RECORD.matcher(id);
        if (record.matches()) {
            List<String> parts = new ArrayList<>();
            for (String part : record.group(1).split(",\\s*")) {
                int eq = part.indexOf('=');
                parts.add(word(eq < 0 ? part : part.substring(eq + 1)));
            }
            return String.join(" · ", parts);
        }
        if (id.matches("\\d{1,12}") && !regions.containsKey(id)) {
            return Messages.get(locale, "audit.number", id);
        }
        return word(id);
    }

    /** The changed fields, each {@code field: before → after}; a new entity's first fields. */
    private List<String> changes(JsonNode before, JsonNode after) {
        Map<String, String> was = flat(before);
        Map<String, String> is = flat(after);
        List<String> lines = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        for (String field : fields) {
            String old = was.get(field);
            String now = is.get(field);
            if (Objects.equals(old, now)) {
                continue;
            }
            String label = field.isEmpty() ? "" : label(field) + ": ";
            String none = Messages.get(locale, "audit.none");
            String shownNow = now == null ? none : now;
            lines.add(label + (was.isEmpty() ? shownNow : (old == null ? none : old) + " → " + shownNow));
        }
        return lines;
    }

    /** A stored value as {@code key: value} lines. */
    private List<String> lines(JsonNode node) {
        List<String> lines = new ArrayList<>();
        flat(node).forEach((k, v) -> lines.add(k.isEmpty() ? v : label(k) + ": " + v));
        return lines;
    }

    /** The leaves of a value by their path ({@code a/b}); a value that is no object has the empty path. */
    private Map<String, String> flat(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null && !node.isNull()) {
            flatten("", node, out);
        }
        return out;
    }

    private void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
            fields.sort(Comparator.comparingInt(f -> rank(f.getKey())));
            for (Map.Entry<String, JsonNode> f : fields) {
                if (!TECHNICAL.contains(f.getKey())) {
                    flatten(path.isEmpty() ? f.getKey() : path + "/" + f.getKey(), f.getValue(), out);
                }
            }
        } else {
            out.put(path, value(last(path), node));
        }
    }

    /** Names and states first, then the rest as stored. */
    private static int rank(String field) {
        int i = FIRST.indexOf(field);
        return i < 0 ? FIRST.size() : i;
    }

    private String value(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return Messages.get(locale, "audit.none");
        }
        if (node.isBoolean()) {
            return Messages.get(locale, node.booleanValue() ? "audit.yes" : "audit.no");
        }
        if (node.isNumber()) {
            return node.numberValue().toString();
        }
        if (node.isArray()) {
            if (node.isEmpty()) {
                return Messages.get(locale, "audit.none");
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                items.add(item.isContainer() ? Messages.get(locale, "audit.item") : value(field, item));
            }
            return String.join(Messages.get(locale, "audit.separator"), items);
        }
        if (node.isObject()) {
            return Messages.get(locale, "audit.item");
        }
        return word(node.asString(), field.endsWith("By") || "user".equals(field) || "actor".equals(field));
    }

    /** A written value in words: a time, a day, a unit, a region, a code's words, or as written. */
    private String word(String text) {
        return word(text, false);
    }

    /** A written value in words; where {@code person}, a user name becomes the user's name. */
    private String word(String text, boolean person) {
        String s = text.strip();
        Optional<Object> time = time(s);
        if (time.isPresent()) {
            return time.get() instanceof LocalDate day ? When.day(day, locale) : When.at(time.get(), locale);
        }
        if (units.containsKey(s)) {
            return units.get(s);
        }
        if (person && users.containsKey(s)) {
            return users.get(s);
        }
        if (regions.containsKey(s)) {
            return regions.get(s);
        }
        s = readersHalf(s);
        if (s.startsWith(PUBLISHED)) {
            // the note observations writes on loaded statistics (ObservationService.PUBLISHED)
            return Messages.get(locale, "data.reason.published") + " " + s.substring(PUBLISHED.length());
        }
        if (CODE.matcher(s).matches()) {
            String code = s.toLowerCase(Locale.ROOT);
            for (String prefix : VALUE_KEYS) {
                Optional<String> words = text(prefix + code);
                if (words.isPresent()) {
                    return words.get();
                }
            }
        }
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }

    /**
     * A note the platform wrote in both languages ({@code 中文 / English}, several joined by
     * {@code ; }): the reader's half of each; any other text as it is.
     */
    private String readersHalf(String text) {
        boolean en = "en".equals(locale.getLanguage());
        List<String> halves = new ArrayList<>();
        for (String part : text.split("; ")) {
            int both = part.indexOf(" / ");
            if (both <= 0 || isAscii(part.substring(0, both)) || !isAscii(part.substring(both + 3))) {
                return text;
            }
            halves.add(en ? part.substring(both + 3) : part.substring(0, both));
        }
        return String.join(en ? "; " : "\uFF1B", halves);
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    /** A moment or a day as java.time writes it, if the text is one. */
    private static Optional<Object> time(String s) {
        if (s.length() < 10 || !Character.isDigit(s.charAt(0)) || s.charAt(4) != '-') {
            return Optional.empty();
        }
        if (s.length() == 10) {
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeParseException notDay) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException notInstant) {
            try {
                return Optional.of(OffsetDateTime.parse(s));
            } catch (DateTimeParseException notOffset) {
                try {
                    return Optional.of(LocalDateTime.parse(s));
                } catch (DateTimeParseException notLocal) {
                    return Optional.empty();
                }
            }
        }
    }

    /** A field's name in words ({@code audit.field.*}), its path joined by › . */
    private String label(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            parts.add(text("audit.field." + p).orElse(p));
        }
        return String.join(" › ", parts);
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private Optional<String> text(String key) {
        try {
            return Optional.of(Messages.get(locale, key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            return JSON.getNodeFactory().stringNode(json);
        }
    }
}
