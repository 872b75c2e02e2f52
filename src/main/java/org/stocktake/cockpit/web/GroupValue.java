package org.stocktake.cockpit.web;

import java.util.List;
import org.stocktake.shared.LocalizedText;

/**
 * A region group as an aggregate: the sum of its members' values when the indicator adds up and
 * every member has a value, otherwise no value and the reason ({@code incomplete},
 * {@code not_additive}); the verdict of a target set for the group itself, where there is one.
 */
record GroupValue(
        String code,
        LocalizedText name,
        List<String> members,
        Double value,
        String reason,
        String verdict,
        LocalizedText verdictLabel) {}
