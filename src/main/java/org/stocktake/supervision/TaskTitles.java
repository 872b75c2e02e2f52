package org.stocktake.supervision;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanImported;
import org.stocktake.plan.PlanService;
import org.stocktake.shared.LocalizedText;

/**
 * A task's title in both languages: a task seeded from a plan keeps the plan's English title for
 * as long as its Chinese title is the plan's; a task made or retitled on the platform has its
 * Chinese title only. Pages call it as {@code ${@taskTitles.in(task)}}, which chooses by the
 * request's language through {@link LocalizedText#in}.
 */
@Component("taskTitles")
public class TaskTitles {

    private final PlanService plans;
    private final Map<String, Map<String, LocalizedText>> byPlan = new ConcurrentHashMap<>();

    TaskTitles(PlanService plans) {
        this.plans = plans;
    }

    /** The task's title in both languages (English null where there is none). */
    public LocalizedText of(Task task) {
        LocalizedText planned =
                byPlan.computeIfAbsent(task.planCode(), this::titles).get(task.code());
        return planned != null && planned.zh().equals(task.title()) ? planned : new LocalizedText(task.title(), null);
    }

    /** The task's title in the request's language. */
    public String in(Task task) {
        return in(task, LocaleContextHolder.getLocale());
    }

    /** The task's title in a language. */
    public String in(Task task, Locale locale) {
        return of(task).in(locale);
    }

    private Map<String, LocalizedText> titles(String plan) {
        return plans.plan(plan)
                .map(p -> p.tasks().stream()
                        .collect(Collectors.toMap(PlanDocument.Task::code, PlanDocument.Task::title, (a, b) -> a)))
                .orElse(Map.of());
    }

    @EventListener
    void on(PlanImported event) {
        byPlan.remove(event.code());
    }
}
