package org.stocktake.households;

/**
 * One line of the check over every household: a broken consistency rule ({@code finding}) or an
 * unmet removal condition ({@code condition}), as a bundle key with its subject. No personal field.
 */
public record CheckLine(String household, String county, String kind, String key, String subject) {}
