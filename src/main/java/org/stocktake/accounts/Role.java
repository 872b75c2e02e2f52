package org.stocktake.accounts;

import java.util.Locale;

/** What a user may do; each user has exactly one role. */
public enum Role {
    /** The coordinating office: acts on everything in the plan. */
    COORDINATOR,
    /** A unit's liaison: sees and edits only the unit's tasks and the unit's region. */
    LIAISON,
    /** A unit's head: a liaison who also approves the unit's submissions. */
    HEAD,
    /** A leader: reads everything and may issue supervision records. */
    LEADER,
    /** Reads everything, writes nothing. */
    VIEWER,
    /** Creates users and units; no task work. */
    ADMIN,
    /** 防返贫 monitoring: a village cadre of a county unit (visits, village reviews, publicity). */
    VILLAGE,
    /** 防返贫 monitoring: a township officer of a county unit (township review). */
    TOWNSHIP,
    /** 防返贫 monitoring: the county office (decisions; sees personal numbers unmasked). */
    COUNTY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** Roles bound to one unit. */
    public boolean unitBound() {
        return this == LIAISON || this == HEAD || this == VILLAGE || this == TOWNSHIP || this == COUNTY;
    }
}
