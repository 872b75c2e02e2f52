package org.stocktake.households;

import java.time.LocalDate;
import java.util.List;

/**
 * One household as a county user sees it: personal numbers masked unless the caller's role needs
 * them, the removal conditions not met (as bundle keys) and the consistency findings (as keys with
 * their subject), and its history. Only the county's own users ever receive one.
 */
public record HouseholdView(
        String code,
        String villageName,
        String category,
        LocalDate identifiedOn,
        LocalDate clearedOn,
        boolean safetyNet,
        boolean sample,
        List<MemberView> members,
        List<String> risks,
        List<String> measures,
        List<String> unmetConditions,
        List<String> findings,
        List<HistoryView> history) {

    /** A member with the ID and phone number as the caller may see them. */
    public record MemberView(
            String relation,
            String idNumber,
            String phone,
            String labourSkill,
            String schooling,
            boolean medicalInsured) {}

    /** One change: when, by whom, what. */
    public record HistoryView(java.time.Instant at, String actor, String action) {}
}
