package org.stocktake.cockpit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.stocktake.shared.LocalizedText;

/** Tasks by warning light (红黄绿灯) as the cockpit shows them; read from the task list. */
interface TaskLightsReadModel {

    TaskLights lights(String planCode);

    /**
     * A plan's tasks led by units of a region (the region or a region below it), as its page shows them; the
     * counts and items of those tasks only.
     */
    TaskLights lightsOfRegion(String planCode, String regionCode);

    /**
     * Counts per light ({@code red}, {@code yellow}, {@code green}, {@code blue}), the items to show
     * (red and overdue first) and every red task (most days overdue first), for the phone's compact view.
     */
    record TaskLights(boolean available, Map<String, Integer> counts, List<Item> items, List<Item> red) {
        static TaskLights unavailable() {
            return new TaskLights(false, Map.of(), List.of(), List.of());
        }

        /** Whether there is no task at all. */
        public boolean empty() {
            return counts.values().stream().mapToInt(Integer::intValue).sum() == 0;
        }
    }

    /**
     * One task as a cockpit line: its id (for the link), light, title, lead unit, deadline, and the
     * days past the deadline (0 when not overdue).
     */
    record Item(
            long id,
            String code,
            String light,
            LocalizedText title,
            LocalizedText leadUnit,
            LocalDate deadline,
            long daysOverdue) {

        public boolean overdue() {
            return daysOverdue > 0;
        }
    }
}
