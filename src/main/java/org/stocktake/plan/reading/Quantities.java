package org.stocktake.plan.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparator, kind, value and unit a match stands for, by the conventions of the annotation
 * schema: 达到X → =; X以上 / 超过 / 突破 / 不少于 → >=; X以内 / 压缩至 → <= (threshold); 下降X% →
 * decrease (cumulative change); 新增 → cumulative change; 稳定在X左右 → = with its qualifier;
 * 稳定在X以上 → maintain>=; 年均增长X% → annual growth; 年均提高X个百分点 → annual increment.
 */
final class Quantities {

    private static final Set<String> AT_LEAST = Set.of("超过", "突破", "不少于", "不低于", "高于");
    private static final Set<String> AT_MOST = Set.of("不高于", "不超过", "低于");
    private static final Set<String> DOWN_TO =
            Set.of("下降到", "下降至", "降低到", "降低至", "降到", "降至", "减少到", "减少至", "压缩到", "压缩至", "缩短到", "缩短至");
    private static final Set<String> HOLD = Set.of("稳定在", "保持在");
    private static final Set<String> UP = Set.of("增加", "增长", "提高");
    private static final Set<String> DOWN = Set.of("下降", "降低", "减少");
    private static final Pattern NUMBER = Pattern.compile(Grammar.NUMBER);
    private static final Pattern RANGE = Pattern.compile("^(?:至|到|-|—|～|~)");

    private Quantities() {}

    static Targets.Found quantity(Matcher m, int offset) {
        String verb = m.group("verb");
        String tail = m.group("tail") == null ? "" : m.group("tail");
        String unit = m.group("unit");
        String more = m.group("more");
        List<BigDecimal> values = new ArrayList<>();
        values.add(new BigDecimal(m.group("num")));
        Matcher n = NUMBER.matcher(more);
        while (n.find()) {
            values.add(new BigDecimal(n.group()));
        }
        if (unit == null && !more.isEmpty()) {
            Matcher u = Grammar.MEASURE_ALONE.matcher(more);
            unit = u.find() ? u.group(1) : null;
        }
        String[] ck = comparatorAndKind(verb, tail, unit);
        Object value = values.get(0);
        if (values.size() == 2 && RANGE.matcher(more).find()) {
            value = List.copyOf(values);
        }
        String qualifier = qualifier(verb, tail);
        return found(m.start() + offset, m.end() + offset, draft(ck[0], value, unit, ck[1], qualifier), values);
    }

    static String[] comparatorAndKind(String verb, String tail, String unit) {
        boolean above = tail.equals("以上");
        boolean below = tail.equals("以内") || tail.equals("以下") || tail.equals("之内") || tail.equals("内");
        if (verb.startsWith("年均")) {
            String kind =
                    verb.equals("年均提高") && unit != null && unit.contains("百分点") ? "annual_increment" : "annual_growth";
            String cmp = verb.equals("年均下降") || verb.equals("年均减少") ? "decrease" : above ? ">=" : below ? "<=" : "=";
            return new String[] {cmp, kind};
        }
        if (HOLD.contains(verb)) {
            return new String[] {above ? "maintain>=" : below ? "maintain<=" : "=", "level"};
        }
        if (AT_LEAST.contains(verb)) {
            return new String[] {">=", "level"};
        }
        if (AT_MOST.contains(verb) || DOWN_TO.contains(verb) || below) {
            return new String[] {"<=", "threshold"};
        }
        if (verb.equals("控制在")) {
            return new String[] {"=", "level"};
        }
        if (verb.equals("新增") || verb.equals("累计")) {
            return new String[] {above ? ">=" : "=", "cumulative_change"};
        }
        if (UP.contains(verb)) {
            return new String[] {"increase", "cumulative_change"};
        }
        if (DOWN.contains(verb)) {
            return new String[] {"decrease", "cumulative_change"};
        }
        return new String[] {above ? ">=" : "=", "level"};
    }

    private static String qualifier(String verb, String tail) {
        boolean wordy = AT_LEAST.contains(verb) || AT_MOST.contains(verb) || HOLD.contains(verb);
        if (!tail.isEmpty()) {
            return wordy || verb.equals("达到") ? verb + "…" + tail : tail;
        }
        return wordy ? verb : null;
    }

    static Targets.Found zero(Matcher m, int offset) {
        boolean trend = m.group("trend") != null;
        var d = trend
                ? draft("maintain<=", BigDecimal.ZERO, "%", "direction", m.group())
                : draft("=", BigDecimal.ZERO, null, "level", m.group());
        return found(m.start() + offset, m.end() + offset, d, List.of(BigDecimal.ZERO));
    }

    static Targets.Found whole(Matcher m, int offset) {
        BigDecimal all = BigDecimal.valueOf(100);
        return found(m.start() + offset, m.end() + offset, draft("=", all, "%", "level", m.group()), List.of(all));
    }

    static Targets.Found about(Matcher m, int offset) {
        BigDecimal v = new BigDecimal(m.group("num"));
        return found(m.start() + offset, m.end() + offset, draft("=", v, m.group("unit"), "level", "左右"), List.of(v));
    }

    static Targets.Found parity(Matcher m, int offset) {
        String value = m.group("level") != null ? m.group("level") : m.group("words");
        return found(m.start() + offset, m.end() + offset, draft("parity", value, null, "parity", null), List.of());
    }

    static Targets.Found rank(Matcher m, int offset) {
        String value = m.group("peers") + "前列";
        return found(m.start() + offset, m.end() + offset, draft("rank", value, null, "rank", m.group()), List.of());
    }

    static Targets.Found direction(Matcher m, int offset) {
        String cmp = DOWN.contains(m.group("verb")) ? "decrease" : "increase";
        return found(m.start() + offset, m.end() + offset, draft(cmp, null, null, "direction", m.group()), List.of());
    }

    static Targets.Found qualitative(int start, int end, String predicate, int offset) {
        return found(start + offset, end + offset, draft("=", null, null, "qualitative", predicate), List.of());
    }

    private static Reading.Target draft(String comparator, Object value, String unit, String kind, String qualifier) {
        return new Reading.Target(null, 0, 0, null, comparator, value, unit, null, false, kind, qualifier, null, null);
    }

    private static Targets.Found found(int start, int end, Reading.Target draft, List<BigDecimal> values) {
        return new Targets.Found(start, end, start, draft, null, values);
    }
}
