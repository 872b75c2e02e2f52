package org.stocktake.households.rules;

/** One broken consistency rule of a household: which rule, and what it concerns (a risk, measure or member code). */
public record Finding(String household, Check check, String subject) {

    /** The consistency rules. */
    public enum Check {
        /** A risk type with no measure that answers it. */
        RISK_WITHOUT_MEASURE,
        /** A 兜底 household marked cleared. */
        SAFETY_NET_CLEARED,
        /** Cleared before it was identified, or identified after the day of the check. */
        CLEARED_BEFORE_IDENTIFIED,
        IDENTIFIED_IN_FUTURE,
        /** A measure, a risk or a stretch of work that ends before it starts. */
        ENDS_BEFORE_START,
        /** A risk resolved before it arose. */
        RESOLVED_BEFORE_ARISEN,
        /** More than five risks (the extract has 风险1…5). */
        TOO_MANY_RISKS,
        /** A natural-disaster sub-item on another risk, or an unknown one. */
        BAD_DISASTER_SUB_ITEM,
        /** A member's identity number fails GB 11643. */
        INVALID_ID_NUMBER,
        /** A household with no member. */
        NO_MEMBERS;

        public String key() {
            return "households.check." + Codes.of(this);
        }
    }
}
