package org.stocktake.households;

import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;

/**
 * The one permission rule of the module. Personal data (a household, its members) only for the
 * county's own village, township and county roles; unmasked ID and phone numbers only for the
 * county office; writes for the county office (and the operator's commands at the machine);
 * above the county, aggregates only.
 */
final class Access {

    private Access() {}

    /** A county code: six digits not ending in 00. */
    static boolean isCounty(String region) {
        return region != null && region.length() == 6 && !region.endsWith("00");
    }

    static boolean county(Actor a) {
        return a.is(Role.VILLAGE, Role.TOWNSHIP, Role.COUNTY) && isCounty(a.region());
    }

    static boolean system(Actor a) {
        return a.username().startsWith("system:");
    }

    /** The county whose personal data the actor may see; refused for anyone above or outside a county. */
    static String personalCounty(Actor a) {
        if (!county(a)) {
            throw new NotPermittedException(a, "households.refused.personal");
        }
        return a.region();
    }

    static void personal(Actor a, String county) {
        if (!county(a) || !a.region().equals(county)) {
            throw new NotPermittedException(a, "households.refused.personal");
        }
    }

    static boolean unmasked(Actor a) {
        return a.is(Role.COUNTY);
    }

    static void write(Actor a, String county) {
        if (system(a)) {
            return;
        }
        if (!a.is(Role.COUNTY) || !county.equals(a.region())) {
            throw new NotPermittedException(a, "households.refused.write");
        }
    }

    /** Screening of department feeds: the operator at the machine or the coordinating office. */
    static void screener(Actor a) {
        if (!system(a) && !a.is(Role.COORDINATOR)) {
            throw new NotPermittedException(a, "households.refused.screen");
        }
    }

    /** Imports: the county office (for its own county) or the operator at the machine. */
    static void importer(Actor a) {
        if (!system(a) && !(a.is(Role.COUNTY) && isCounty(a.region()))) {
            throw new NotPermittedException(a, "households.refused.write");
        }
    }

    /** Whether the actor may do a procedure step owned by this role. */
    static void step(Actor a, Role owner, String county) {
        if (!a.is(owner) || !county.equals(a.region())) {
            throw new NotPermittedException(
                    a, "households.refused.step", org.stocktake.shared.Messages.text("role." + owner.code()));
        }
    }

    /** Aggregates of a region: anyone logged in whose scope covers it. */
    static void aggregates(Actor a, String region) {
        if (a.username().equals("anonymous") || !a.coversRegion(region)) {
            throw new NotPermittedException(a, "households.refused.aggregates");
        }
    }
}
