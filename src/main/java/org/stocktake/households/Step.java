package org.stocktake.households;

import java.util.List;
import java.util.Locale;
import org.stocktake.accounts.Role;

/** The steps of the identification and removal procedures, each owned by one role. */
public enum Step {
    VISIT(Role.VILLAGE),
    CONSENT(Role.VILLAGE),
    VILLAGE_REVIEW(Role.VILLAGE),
    PUBLICITY(Role.VILLAGE),
    TOWNSHIP_REVIEW(Role.TOWNSHIP),
    COUNTY_DECISION(Role.COUNTY),
    REMOVAL_VISIT(Role.VILLAGE),
    REMOVAL_REVIEW(Role.VILLAGE),
    REMOVAL_TOWNSHIP_REVIEW(Role.TOWNSHIP),
    REMOVAL_DECISION(Role.COUNTY);

    /** 线索 → 入户核实 → 承诺授权 → 村民主评议 → 公示 → 乡镇审核 → 县审定. */
    public static final List<Step> IDENTIFICATION =
            List.of(VISIT, CONSENT, VILLAGE_REVIEW, PUBLICITY, TOWNSHIP_REVIEW, COUNTY_DECISION);

    /** 入户核查 → 村评议公示 → 乡镇审核 → 县审定公告. */
    public static final List<Step> REMOVAL =
            List.of(REMOVAL_VISIT, REMOVAL_REVIEW, REMOVAL_TOWNSHIP_REVIEW, REMOVAL_DECISION);

    private final Role owner;

    Step(Role owner) {
        this.owner = owner;
    }

    public Role owner() {
        return owner;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<Step> of(String kind) {
        return "removal".equals(kind) ? REMOVAL : IDENTIFICATION;
    }
}
