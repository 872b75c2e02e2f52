package org.stocktake.plan.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stocktake.plan.Comparator;
import org.stocktake.plan.Direction;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.TargetKind;
import org.stocktake.shared.LocalizedText;

/**
 * A reading turned into a {@code stocktake-plan/1} draft: parts and articles from the headings,
 * targets in the plan's grammar (达到 a level is reached when the value is at least the target),
 * one indicator per measured target, tasks from the unit lists and dated duties with their units
 * matched by the gazetteer (unmatched names become new units for the user to map), all in
 * simplified characters. The draft is for a person to correct before import.
 */
final class DraftPlan {

    private final Source source;
    private final Reading reading;
    private final List<Sections.Heading> headings;
    private final int attachmentStart;
    private final PolicyReader.DraftOptions options;
    private final List<PlanDocument.Article> articles = new ArrayList<>();
    private final List<int[]> articleRanges = new ArrayList<>();
    private final List<PlanDocument.Indicator> indicators = new ArrayList<>();
    private final Map<String, PlanDocument.Unit> units = new LinkedHashMap<>();

    DraftPlan(Source source, Reading reading, List<Sections.Heading> headings, PolicyReader.DraftOptions options) {
        this.source = source;
        this.reading = reading;
        this.headings = headings.stream()
                .filter(h -> h.level() > 0 && !inAttachment(headings, h))
                .toList();
        this.attachmentStart = headings.stream()
                .filter(h -> h.level() == 0)
                .mapToInt(Sections.Heading::start)
                .findFirst()
                .orElse(source.text().length());
        this.options = options;
    }

    PlanDocument build() {
        List<PlanDocument.Part> parts = parts();
        List<PlanDocument.Target> targets = targets();
        List<PlanDocument.Task> tasks = Tasks.build(this);
        int end = endYear();
        int start = startYear(end, targets);
        String title = options.title() != null ? options.title() : firstLine();
        return new PlanDocument(
                PlanDocument.FORMAT,
                options.code(),
                new LocalizedText(title, null),
                null,
                null,
                start,
                end,
                options.region(),
                null,
                null,
                List.copyOf(units.values()),
                List.of(),
                indicators,
                parts,
                targets,
                tasks);
    }

    private static boolean inAttachment(List<Sections.Heading> all, Sections.Heading h) {
        return all.stream().anyMatch(a -> a.level() == 0 && a.start() <= h.start());
    }

    private List<PlanDocument.Part> parts() {
        List<PlanDocument.Part> parts = new ArrayList<>();
        List<Sections.Heading> top =
                headings.stream().filter(h -> h.level() == 1).toList();
        if (top.isEmpty()) {
            parts.add(new PlanDocument.Part("一", new LocalizedText(firstLine(), null), articlesUnder(null, 0)));
            return parts;
        }
        for (Sections.Heading part : top) {
            String number = simplified(part.number()).replace("、", "");
            parts.add(new PlanDocument.Part(
                    number, new LocalizedText(simplified(part.title()), null), articlesUnder(part, part.start())));
        }
        return parts;
    }

    private List<PlanDocument.Article> articlesUnder(Sections.Heading part, int from) {
        List<PlanDocument.Article> out = new ArrayList<>();
        int end = part == null ? attachmentStart : nextStart(part, 1);
        List<Sections.Heading> inside = headings.stream()
                .filter(h -> h.level() == 2 && h.start() > from && h.start() < end)
                .toList();
        if (inside.isEmpty() && part != null) {
            out.add(article(part.number().replace("、", ""), part.title(), part.start(), end));
        }
        for (Sections.Heading a : inside) {
            String number = simplified(a.number()).replace("（", "").replace("）", "");
            out.add(article(number, a.title(), a.start(), Math.min(end, nextStart(a, 2))));
        }
        return out;
    }

    private PlanDocument.Article article(String number, String title, int start, int end) {
        String code = String.format(java.util.Locale.ROOT, "A%02d", articles.size() + 1);
        String body = body(start, end);
        var a = new PlanDocument.Article(
                code,
                simplified(number),
                new LocalizedText(simplified(title), null),
                body.isEmpty() ? simplified(title) : body);
        articles.add(a);
        articleRanges.add(new int[] {start, end});
        return a;
    }

    /** The article's text: its paragraphs after the heading's title, a blank line between them. */
    private String body(int start, int end) {
        String text = source.text().substring(start, end);
        int firstBreak = text.indexOf('\n');
        String head = firstBreak < 0 ? text : text.substring(0, firstBreak);
        int stop = head.indexOf('。');
        String rest = (stop >= 0 ? head.substring(stop + 1) : "") + (firstBreak < 0 ? "" : text.substring(firstBreak));
        List<String> paragraphs = new ArrayList<>();
        for (String p : rest.split("\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private int nextStart(Sections.Heading h, int level) {
        for (Sections.Heading o : headings) {
            if (o.start() > h.start() && o.level() <= level) {
                return Math.min(o.start(), attachmentStart);
            }
        }
        return attachmentStart;
    }

    /** The article code holding a char index (the first article for text before any). */
    String articleAt(int index) {
        String code = articles.isEmpty() ? null : articles.get(0).code();
        for (int i = 0; i < articles.size(); i++) {
            if (articleRanges.get(i)[0] <= index) {
                code = articles.get(i).code();
            }
        }
        return code;
    }

    int charIndex(int codePointOffset) {
        return source.original().offsetByCodePoints(0, codePointOffset);
    }

    Source source() {
        return source;
    }

    Reading reading() {
        return reading;
    }

    int fallbackYear() {
        return endYear();
    }

    private List<PlanDocument.Target> targets() {
        List<PlanDocument.Target> out = new ArrayList<>();
        for (Reading.Target t : reading.targets()) {
            String code = String.format(java.util.Locale.ROOT, "T%02d", out.size() + 1);
            out.add(target(code, t));
        }
        return out;
    }

    private PlanDocument.Target target(String code, Reading.Target t) {
        String quote = simplified(t.quote());
        String article = articleAt(charIndex(t.offset()));
        int year = t.targetYear() != null ? t.targetYear() : endYear();
        String indicator = simplified(t.indicator() == null || t.indicator().isBlank() ? quote : t.indicator());
        BigDecimal value = t.value() instanceof BigDecimal b
                ? b
                : t.value() instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof BigDecimal b0 ? b0 : null;
        TargetKind kind = kind(t);
        Comparator cmp = comparator(t.comparator());
        String note = null;
        String ind = null;
        String reference = null;
        Direction direction = null;
        String peers = null;
        if (measured(kind)) {
            if (value == null || t.unit() == null) {
                kind = TargetKind.QUALITATIVE;
                note = t.comparator() + " " + t.value();
            } else {
                ind = indicator(indicator, t.unit(), cmp == Comparator.AT_MOST || "decrease".equals(t.comparator()));
            }
        }
        if (kind == TargetKind.DIRECTION) {
            direction = "decrease".equals(t.comparator()) || "maintain<=".equals(t.comparator())
                    ? Direction.DECREASE
                    : Direction.INCREASE;
            cmp = null;
        } else if (kind == TargetKind.PARITY) {
            Matcher with = Pattern.compile("与(.+?)(?:基本同步|同步增长|同步提高)").matcher(quote);
            if (with.find()) {
                ind = indicator(indicator, "%", false);
                reference = indicator(with.group(1), "%", false);
            } else {
                kind = TargetKind.QUALITATIVE;
                note = String.valueOf(t.value());
            }
            cmp = null;
        } else if (kind == TargetKind.RANK) {
            peers = String.valueOf(t.value()).replace("前列", "");
            cmp = null;
        } else if (kind == TargetKind.QUALITATIVE) {
            cmp = null;
            value = null;
        }
        return new PlanDocument.Target(
                code,
                article,
                new LocalizedText(quote, null),
                kind,
                ind,
                cmp,
                measured(kind) ? value : null,
                measured(kind) ? t.unit() : null,
                null,
                year,
                null,
                options.region(),
                quote,
                direction,
                null,
                reference,
                null,
                peers,
                null,
                note,
                List.of());
    }

    private static boolean measured(TargetKind kind) {
        return switch (kind) {
            case LEVEL, ANNUAL_GROWTH, ANNUAL_INCREMENT, MAINTAIN, FLOOR, CEILING -> true;
            default -> false;
        };
    }

    /** The plan's kind for the reading's kind and comparator (稳定在X以上 is a maintained bound). */
    static TargetKind kind(Reading.Target t) {
        String cmp = t.comparator();
        return switch (t.kind()) {
            case "annual_growth" -> TargetKind.ANNUAL_GROWTH;
            case "annual_increment" -> TargetKind.ANNUAL_INCREMENT;
            case "direction" -> TargetKind.DIRECTION;
            case "parity" -> TargetKind.PARITY;
            case "rank" -> TargetKind.RANK;
            case "qualitative" -> TargetKind.QUALITATIVE;
            case "cumulative_change" ->
                cmp.equals("increase") || cmp.equals("decrease") ? TargetKind.DIRECTION : TargetKind.LEVEL;
            default -> cmp.startsWith("maintain") ? TargetKind.MAINTAIN : TargetKind.LEVEL;
        };
    }

    /** 达到 / 以上 / 超过 → at least; 以内 / 压缩至 → at most; 左右 → equal. */
    static Comparator comparator(String cmp) {
        return switch (cmp) {
            case "<=", "maintain<=" -> Comparator.AT_MOST;
            case ">=", "maintain>=", "increase" -> Comparator.AT_LEAST;
            default -> Comparator.AT_LEAST;
        };
    }

    private String indicator(String name, String unit, boolean lower) {
        String code = String.format(java.util.Locale.ROOT, "draft_%02d", indicators.size() + 1);
        indicators.add(new PlanDocument.Indicator(
                code, new LocalizedText(name, null), unit, lower ? "lower" : "higher", null));
        return code;
    }

    /** The platform code of a unit name: a gazetteer match, else a new unit kept for the user to map. */
    String unitCode(String name) {
        String simplified = simplified(name);
        var known = options.gazetteer().match(simplified);
        PlanDocument.Unit unit = known.orElseGet(() -> new PlanDocument.Unit(
                String.format(
                        java.util.Locale.ROOT,
                        "U-NEW-%02d",
                        units.values().stream()
                                        .filter(u -> u.code().startsWith("U-NEW-"))
                                        .count()
                                + 1),
                new LocalizedText(simplified, null),
                "other",
                null));
        String key = Gazetteer.key(unit.name().zh());
        units.putIfAbsent(key, unit);
        return units.get(key).code();
    }

    private int endYear() {
        for (Reading.Target t : reading.targets()) {
            if (t.targetYear() != null) {
                return t.targetYear();
            }
        }
        return options.fallbackYear();
    }

    private int startYear(int end, List<PlanDocument.Target> targets) {
        int start = end;
        Matcher date = Grammar.FULL_DATE.matcher(source.text());
        if (date.find()) {
            start = Math.min(start, Integer.parseInt(date.group(1)));
        }
        for (PlanDocument.Target t : targets) {
            start = Math.min(start, t.targetYear());
        }
        return start;
    }

    private String firstLine() {
        for (String line : source.text().split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                return line.strip();
            }
        }
        return options.code();
    }

    static String simplified(String s) {
        return Source.of(s).text();
    }
}
