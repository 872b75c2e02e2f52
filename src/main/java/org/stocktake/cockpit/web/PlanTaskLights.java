package org.stocktake.cockpit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.LocalizedText;
import org.stocktake.supervision.Light;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskService;
import org.stocktake.supervision.TaskTitles;

/** Tasks by warning light from the task list: counts per light, red and overdue items first. */
@Component
class PlanTaskLights implements TaskLightsReadModel {

    private static final int SHOWN = 12;
    private static final int RED_SHOWN = 30;

    private final TaskService tasks;
    private final AccountService accounts;
    private final RegionService regions;
    private final TaskTitles titles;
    private final Clock clock;

    PlanTaskLights(TaskService tasks, AccountService accounts, RegionService regions, TaskTitles titles, Clock clock) {
        this.tasks = tasks;
        this.titles = titles;
        this.accounts = accounts;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public TaskLights lights(String planCode) {
        return lights(tasks.ofPlan(planCode));
    }

    @Override
    public TaskLights lightsOfRegion(String planCode, String regionCode) {
        Map<String, String> paths = regions.all().stream().collect(Collectors.toMap(Region::code, Region::path));
        Set<String> units = accounts.units().stream()
                .filter(u -> u.region() != null && within(paths.get(u.region()), u.region(), regionCode))
                .map(OrgUnit::code)
                .collect(Collectors.toSet());
        return lights(tasks.ofPlan(planCode).stream()
                .filter(t -> t.lead() != null && units.contains(t.lead()))
                .toList());
    }

    /** Whether a region (by its path of codes from the top) lies within, or is, the given region. */
    private static boolean within(String path, String code, String regionCode) {
        if (code.equals(regionCode)) {
            return true;
        }
        return path != null && Arrays.asList(path.split("[^0-9]+")).contains(regionCode);
    }

    private TaskLights lights(List<Task> all) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Light light : List.of(Light.RED, Light.YELLOW, Light.GREEN, Light.BLUE)) {
            counts.put(light.code(), (int)
                    all.stream().filter(t -> t.light() == light).count());
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, LocalizedText> units = new HashMap<>();
        accounts.units().forEach(u -> units.put(u.code(), u.name()));
        List<Item> items = items(
                all,
                t -> t.light() == Light.RED || t.light() == Light.YELLOW,
                Comparator.comparing((Task t) -> t.light() != Light.RED)
                        .thenComparing(t -> daysOverdue(t, today) == 0)
                        .thenComparing(t -> t.deadline() == null ? LocalDate.MAX : t.deadline()),
                SHOWN,
                units,
                today);
        List<Item> red = items(
                all,
                t -> t.light() == Light.RED,
                Comparator.comparing((Task t) -> -daysOverdue(t, today))
                        .thenComparing(t -> t.deadline() == null ? LocalDate.MAX : t.deadline()),
                RED_SHOWN,
                units,
                today);
        return new TaskLights(true, counts, items, red);
    }

    private List<Item> items(
            List<Task> all,
            Predicate<Task> shown,
            Comparator<Task> order,
            int limit,
            Map<String, LocalizedText> units,
            LocalDate today) {
        return all.stream()
                .filter(shown)
                .sorted(order)
                .limit(limit)
                .map(t -> new Item(
                        t.id(),
                        t.code(),
                        t.light().code(),
                        titles.of(t),
                        unit(units, t.lead()),
                        t.deadline(),
                        daysOverdue(t, today)))
                .toList();
    }

    private static long daysOverdue(Task t, LocalDate today) {
        if (t.deadline() == null || !t.deadline().isBefore(today) || t.light() == Light.BLUE) {
            return 0;
        }
        return ChronoUnit.DAYS.between(t.deadline(), today);
    }

    private static LocalizedText unit(Map<String, LocalizedText> units, String code) {
        if (code == null) {
            return null;
        }
        return units.get(code);
    }
}
