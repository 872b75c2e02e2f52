package org.stocktake.accounts;

import java.util.Arrays;

/**
 * Who is acting: passed into every service method that reads scoped data or changes state, and
 * checked there. The unit and its region are null for roles bound to no unit.
 */
public record Actor(String username, Role role, String unit, String region) {

    /**
     * The platform itself running a named job: seeding on first start, a scheduled job, a command
     * run by the operator at the machine. Its name is what the audit log shows ({@code system:job}).
     * Never for a page or API request: those always act as the caller.
     */
    public static Actor system(String job) {
        return new Actor("system:" + job, Role.COORDINATOR, null, null);
    }

    public boolean is(Role... roles) {
        return Arrays.asList(roles).contains(role);
    }

    /** Sees every unit's tasks: everyone but a unit's liaison or head. */
    public boolean seesAllUnits() {
        return !role.unitBound();
    }

    /** Whether this actor belongs to the given unit. */
    public boolean inUnit(String unitCode) {
        return unit != null && unit.equals(unitCode);
    }

    /**
     * Whether a region lies within this actor's scope: a unit-bound actor covers its unit's region
     * and the regions below it (GB/T 2260 codes nest by prefix); others cover every region.
     */
    public boolean coversRegion(String regionCode) {
        if (seesAllUnits()) {
            return true;
        }
        if (region == null || regionCode == null) {
            return false;
        }
        return regionCode.startsWith(Regions.prefix(region));
    }

    /** Code prefixes of GB/T 2260 region codes. */
    static final class Regions {
        private Regions() {}

        static String prefix(String code) {
            if (code.endsWith("0000")) {
                return code.substring(0, 2);
            }
            return code.endsWith("00") ? code.substring(0, 4) : code;
        }
    }
}
