package org.stocktake.parks;

import org.stocktake.shared.LocalizedText;

/**
 * A management rule as data: parks in the top or bottom {@code places} of their peer group for
 * {@code years} years running (up to the year evaluated) get {@code action}; {@code level}
 * limits the rule to one level (null: every level).
 */
public record ManagementRule(
        String code, Position position, int places, int years, ParkLevel level, String action, LocalizedText name) {

    public enum Position {
        TOP,
        BOTTOM
    }

    /** Whether a place counts for this rule (a group no larger than {@code places} never does). */
    boolean holds(Integer rank, int size) {
        if (rank == null || size <= places) {
            return false;
        }
        return position == Position.TOP ? rank <= places : rank > size - places;
    }
}
