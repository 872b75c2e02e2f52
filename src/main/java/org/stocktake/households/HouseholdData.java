package org.stocktake.households;

import java.util.List;
import org.stocktake.households.rules.Household;

/**
 * One household as the national extract carries it: the rules' view ({@link Household}, whose
 * members hold the plain ID numbers, in memory only), where it lives, how its risk was cleared,
 * and each member's relation and phone number in the members' order. Never leaves the module.
 */
record HouseholdData(
        String county,
        String villageCode,
        String villageName,
        String clearMethod,
        boolean sample,
        Household rules,
        List<Contact> contacts) {

    HouseholdData {
        contacts = List.copyOf(contacts);
        if (contacts.size() != rules.members().size()) {
            throw new IllegalArgumentException("one contact per member");
        }
    }

    String code() {
        return rules.code();
    }

    /** A member's relation to the head of household and phone number (may be empty). */
    record Contact(String relation, String phone) {}
}
