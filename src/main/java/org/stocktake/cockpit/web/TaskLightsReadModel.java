package org.stocktake.cockpit.web;

import java.util.List;
import java.util.Map;
import org.stocktake.shared.LocalizedText;

/** Tasks by warning light (红黄绿灯) as the cockpit shows them; read from the task list. */
interface TaskLightsReadModel {

    TaskLights lights(String planCode);

    /** Counts per light ({@code red}, {@code yellow}, {@code green}, {@code blue}) and the items to show, red and overdue first. */
    record TaskLights(boolean available, Map<String, Integer> counts, List<Item> items) {
        static TaskLights unavailable() {
            return new TaskLights(false, Map.of(), List.of());
        }
    }

    /** One task as a cockpit line: its light, title, lead unit, deadline and whether it is overdue. */
    record Item(
            String code, String light, LocalizedText title, LocalizedText leadUnit, String deadline, boolean overdue) {}
}
