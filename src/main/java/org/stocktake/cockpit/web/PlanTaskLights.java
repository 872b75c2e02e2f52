package org.stocktake.cockpit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stocktake.accounts.AccountService;
import org.stocktake.shared.LocalizedText;
import org.stocktake.supervision.Light;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskService;

/** Tasks by warning light from the task list: counts per light, red and overdue items first. */
@Component
class PlanTaskLights implements TaskLightsReadModel {

    private static final int SHOWN = 12;

    private final TaskService tasks;
    private final AccountService accounts;
    private final Clock clock;

    PlanTaskLights(TaskService tasks, AccountService accounts, Clock clock) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public TaskLights lights(String planCode) {
        List<Task> all = tasks.ofPlan(planCode);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Light light : List.of(Light.RED, Light.YELLOW, Light.GREEN, Light.BLUE)) {
            counts.put(light.code(), (int)
                    all.stream().filter(t -> t.light() == light).count());
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, LocalizedText> units = new java.util.HashMap<>();
        accounts.units().forEach(u -> units.put(u.code(), u.name()));
        List<Item> items = all.stream()
                .filter(t -> t.light() == Light.RED || t.light() == Light.YELLOW)
                .sorted(Comparator.comparing((Task t) -> t.light() != Light.RED)
                        .thenComparing(t -> !overdue(t, today))
                        .thenComparing(t -> t.deadline() == null ? LocalDate.MAX : t.deadline()))
                .limit(SHOWN)
                .map(t -> new Item(
                        t.code(),
                        t.light().code(),
                        new LocalizedText(t.title(), null),
                        unit(units, t.lead()),
                        t.deadline() == null ? null : t.deadline().toString(),
                        overdue(t, today)))
                .toList();
        return new TaskLights(true, counts, items);
    }

    private static boolean overdue(Task t, LocalDate today) {
        return t.deadline() != null && t.deadline().isBefore(today) && t.light() != Light.BLUE;
    }

    private static LocalizedText unit(Map<String, LocalizedText> units, String code) {
        if (code == null) {
            return null;
        }
        return units.getOrDefault(code, new LocalizedText(code, code));
    }
}
