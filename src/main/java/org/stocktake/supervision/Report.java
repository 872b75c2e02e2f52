package org.stocktake.supervision;

/**
 * What a unit reports: 进展情况, 存在问题, 下步打算 and percent complete. A null period means the
 * period due now: the last ended one if the unit has not reported it yet, otherwise the current one.
 */
public record Report(String period, String progress, String problems, String nextSteps, int percent) {}
