package org.stocktake.plan;

/** What an import stored: the plan's code, its revision and how many of each part it holds. */
public record ImportedPlan(String code, int revision, int articles, int targets, int tasks) {}
