package org.stocktake.plan;

/** Published after a plan was imported (or replaced) and committed. */
public record PlanImported(String code, int revision) {}
