/**
 * Supervision of a plan's tasks: the division of labour (任务分工) with lead and co-units,
 * deadlines and milestones; progress updates per reporting cycle with review; warning lights
 * from configurable rules with their history; supervision records on the escalation ladder;
 * extensions; close-out (销号); the inbox and e-mail; unit scores. Owns the {@code tasks_*} tables.
 * Every service method takes the acting {@link org.stocktake.accounts.Actor} and checks its role
 * and unit scope itself. Reads plans through {@code PlanService}; never depends on web or cli.
 * Publishes {@link org.stocktake.supervision.TaskLightChanged} inside the transaction that turned
 * a light (closing a task out turns it blue), heard after the commit by verdicts (qualitative
 * targets) and cockpit. Hears {@code PlanImported} (plan) in the import's own transaction, to seed
 * the plan's tasks: the one listener that is part of the publisher's unit of work. Tells people
 * (inbox, e-mail) through notifications by a direct call, in the transaction of the change.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "supervision",
        allowedDependencies = {"accounts", "notifications", "plan", "platform", "regions", "shared"})
package org.stocktake.supervision;
