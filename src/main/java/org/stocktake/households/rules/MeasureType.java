package org.stocktake.households.rules;

/** Assistance measures of the national extract. */
public enum MeasureType {
    /** 就业帮扶. */
    EMPLOYMENT,
    /** 教育帮扶. */
    EDUCATION,
    /** 义务教育保障. */
    COMPULSORY_EDUCATION,
    /** 健康帮扶 (医疗保障). */
    HEALTH,
    /** 住房安全保障. */
    HOUSING,
    /** 搬迁. */
    RELOCATION,
    /** 饮水安全保障. */
    WATER,
    /** 社会帮扶. */
    SOCIAL,
    /** 兜底保障 (低保, 特困). */
    SAFETY_NET;

    public String code() {
        return Codes.of(this);
    }

    public static MeasureType of(String code) {
        return Codes.parse(MeasureType.class, code);
    }
}
