package org.stocktake.households;

import java.time.LocalDate;

/** A household in a county's list: no personal field at all. */
public record HouseholdRow(
        String code,
        String villageName,
        String category,
        LocalDate identifiedOn,
        boolean cleared,
        int risks,
        boolean sample) {}
