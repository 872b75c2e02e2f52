package org.stocktake.households.rules;

/**
 * The department feeds of 部门筛查预警, each with its department and the threshold (in fen) an
 * amount must reach to make a clue (0: every row is a clue).
 */
public enum FeedKind {
    /** 医保: large compliant self-paid medical costs over the year. */
    MEDICAL_SELF_PAY("medical-insurance", 2_000_000),
    /** 残联: a new disability certificate. */
    DISABILITY("disabled-persons-federation", 0),
    /** 应急: losses from a disaster. */
    DISASTER_LOSS("emergency-management", 1_000_000),
    /** 人社: registered unemployment. */
    UNEMPLOYMENT("human-resources", 0),
    /** 教育: a pupil who dropped out of school. */
    DROPOUT("education", 0),
    /** 民政: 低保 or 特困 granted or withdrawn. */
    SOCIAL_ASSISTANCE("civil-affairs", 0),
    /** 住建: housing assessed unsafe. */
    UNSAFE_HOUSING("housing", 0);

    private final String department;
    private final long thresholdFen;

    FeedKind(String department, long thresholdFen) {
        this.department = department;
        this.thresholdFen = thresholdFen;
    }

    public String department() {
        return department;
    }

    public long thresholdFen() {
        return thresholdFen;
    }

    public String code() {
        return Codes.of(this);
    }

    public static FeedKind of(String code) {
        return Codes.parse(FeedKind.class, code);
    }
}
