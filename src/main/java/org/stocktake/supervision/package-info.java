/**
 * Supervision of a plan's tasks: the division of labour (任务分工) with lead and co-units,
 * deadlines and milestones; progress updates per reporting cycle with review; warning lights
 * from configurable rules with their history; supervision records on the escalation ladder;
 * extensions; close-out (销号); the inbox and e-mail; unit scores. Owns the {@code tasks_*} tables.
 * Every service method takes the acting {@link org.stocktake.accounts.Actor} and checks its role
 * and unit scope itself. Reads plans through {@code PlanService}; never depends on web or cli.
 */
@org.springframework.modulith.ApplicationModule(displayName = "supervision", allowedDependencies = {"accounts", "notifications", "plan", "platform", "shared"})
package org.stocktake.supervision;
