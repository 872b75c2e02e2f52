package org.stocktake.supervision;

import java.time.LocalDate;

/** Filters of the task board; null fields match everything. */
public record TaskFilter(String plan, String article, String unit, Light light, LocalDate dueBy) {

    public static final TaskFilter ALL = new TaskFilter(null, null, null, null, null);

    boolean matches(Task t) {
        return (plan == null || plan.equals(t.planCode()))
                && (article == null || article.equals(t.article()))
                && (unit == null || t.involves(unit))
                && (light == null || light == t.light())
                && (dueBy == null || (t.deadline() != null && !t.deadline().isAfter(dueBy)));
    }
}
