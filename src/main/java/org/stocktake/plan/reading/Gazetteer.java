package org.stocktake.plan.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stocktake.plan.PlanDocument;
import org.stocktake.shared.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The platform's units by name, matched with their official abbreviations: 省发展改革委 is
 * 省发展和改革委员会, 长沙市政府 is 长沙市人民政府. A name is reduced to a key (和 dropped, 委员会 → 委,
 * 人民政府 → 政府, 办公厅 → 办) and names with the same key are the same unit.
 */
public final class Gazetteer {

    private final List<PlanDocument.Unit> units;
    private final Map<String, PlanDocument.Unit> byKey = new HashMap<>();

    public Gazetteer(List<PlanDocument.Unit> units) {
        this.units = List.copyOf(units);
        for (PlanDocument.Unit u : units) {
            byKey.putIfAbsent(key(u.name().zh()), u);
        }
    }

    /** The units of a plan file ({@code units:}), read without checking the rest of the file. */
    public static Gazetteer fromPlanFile(String yaml) {
        JsonNode tree = YAMLMapper.builder().build().readTree(yaml);
        List<PlanDocument.Unit> units = new ArrayList<>();
        if (tree != null && tree.has("units")) {
            for (JsonNode u : tree.get("units")) {
                JsonNode name = u.get("name");
                units.add(new PlanDocument.Unit(
                        u.get("code").asString(),
                        new LocalizedText(
                                name.get("zh").asString(),
                                name.has("en") ? name.get("en").asString() : null),
                        u.has("kind") ? u.get("kind").asString() : "other",
                        u.has("region") ? u.get("region").asString() : null));
            }
        }
        return new Gazetteer(units);
    }

    public List<PlanDocument.Unit> units() {
        return units;
    }

    public Optional<PlanDocument.Unit> match(String name) {
        return Optional.ofNullable(byKey.get(key(Source.of(name).text())));
    }

    static String key(String name) {
        return name.strip()
                .replace("委员会", "委")
                .replace("人民政府", "政府")
                .replace("办公厅", "办")
                .replace("和", "");
    }
}
