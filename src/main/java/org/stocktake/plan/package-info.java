/**
 * The plan: its text tree (parts, articles, measures), its targets in the full grammar of policy
 * text, the units and tasks it names, and the plan file format (YAML, schema in
 * {@code src/main/resources/schema/plan.schema.json}) with all-or-nothing import and lossless export,
 * and drafts read from policy text ({@code reading}, reached through {@link org.stocktake.plan.PlanDrafts};
 * the draft page in {@code web} is open to coordinators and administrators only).
 * Owns the {@code plan_*} tables. Computes no verdicts. Publishes {@code PlanImported} inside the
 * import's transaction (heard by tasks, which seeds the plan's tasks in that same transaction, and
 * after the commit by verdicts, cockpit and evaluation); hears nothing.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "plan",
        allowedDependencies = {"indicators", "platform", "regions", "shared"})
package org.stocktake.plan;
