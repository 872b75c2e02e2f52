package org.stocktake.enclaves;

/**
 * One indicator's split in an agreement: the method, the sending region's share (0 < share ≤ 1;
 * 1 for double counting) and, for an increment split, the base year and the park's value in it.
 */
public record SplitRule(String indicator, SplitMethod method, double senderShare, Integer baseYear, Double baseValue) {}
