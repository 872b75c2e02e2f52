package org.stocktake.households.rules;

/** 监测对象类别 (中农组发〔2021〕7号). */
public enum Category {
    /** 脱贫不稳定户. */
    UNSTABLE,
    /** 边缘易致贫户. */
    EDGE,
    /** 突发严重困难户. */
    SUDDEN;

    public String code() {
        return Codes.of(this);
    }

    public static Category of(String code) {
        return Codes.parse(Category.class, code);
    }
}
