package org.stocktake.cockpit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The map and ranking data as plain JSON for the page's script, with names in the page's language. */
final class MapJson {

    private MapJson() {}

    static Map<String, Object> of(IndicatorMap m, String group, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("indicator", m.indicator().code());
        json.put("name", m.indicator().name().in(locale));
        json.put("unit", m.indicator().unit());
        json.put("period", m.period());
        json.put("group", group);
        json.put("regions", m.regions().stream().map(r -> region(r, locale)).toList());
        json.put("groups", m.groups().stream().map(g -> group(g, locale)).toList());
        return json;
    }

    private static Map<String, Object> region(RegionValue r, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", r.code());
        json.put("name", r.name().in(locale));
        json.put("value", r.value());
        json.put("rank", r.rank());
        json.put("tied", r.tied());
        json.put("verdict", r.verdict());
        json.put(
                "verdictLabel",
                r.verdictLabel() == null ? null : r.verdictLabel().in(locale));
        json.put("basis", r.basis() == null ? null : r.basis().in(locale));
        return json;
    }

    private static Map<String, Object> group(GroupValue g, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", g.code());
        json.put("name", g.name().in(locale));
        json.put("members", List.copyOf(g.members()));
        json.put("value", g.value());
        json.put("reason", g.reason());
        json.put("verdict", g.verdict());
        return json;
    }
}
