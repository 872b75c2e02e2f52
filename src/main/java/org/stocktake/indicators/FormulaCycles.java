package org.stocktake.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds cycles among formula definitions (a uses b, b uses a). A reference through {@code prev}
 * counts too: a formula may not refer to itself at all. Plain Java.
 */
final class FormulaCycles {

    private final Map<String, Set<String>> uses;
    private final Map<String, Integer> state = new HashMap<>();
    private final List<String> path = new ArrayList<>();
    private final Set<List<String>> cycles = new LinkedHashSet<>();

    private FormulaCycles(Map<String, Set<String>> uses) {
        this.uses = new TreeMap<>(uses);
    }

    /**
     * Every distinct cycle, each written from its smallest code round to itself
     * ({@code [a, b, a]}), in a stable order.
     */
    static List<List<String>> find(Map<String, Set<String>> uses) {
        FormulaCycles search = new FormulaCycles(uses);
        search.uses.keySet().forEach(search::visit);
        return List.copyOf(search.cycles);
    }

    /** A cycle as text: {@code a → b → a}. */
    static String describe(List<String> cycle) {
        return String.join(" → ", cycle);
    }

    private void visit(String code) {
        int s = state.getOrDefault(code, 0);
        if (s == 2) {
            return;
        }
        if (s == 1) {
            record(path.subList(path.indexOf(code), path.size()));
            return;
        }
        state.put(code, 1);
        path.add(code);
        uses.getOrDefault(code, Set.of()).stream().sorted().forEach(this::visit);
        path.remove(path.size() - 1);
        state.put(code, 2);
    }

    private void record(List<String> loop) {
        List<String> rotated = new ArrayList<>(loop);
        Collections.rotate(rotated, -rotated.indexOf(Collections.min(rotated)));
        rotated.add(rotated.get(0));
        cycles.add(List.copyOf(rotated));
    }
}
