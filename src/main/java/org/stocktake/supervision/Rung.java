package org.stocktake.supervision;

import java.util.Locale;

/** The escalation ladder, from a reminder to a public bulletin. */
public enum Rung {
    REMINDER("提醒"), URGE("催办"), LETTER("督办函"), INTERVIEW("约谈"), BULLETIN("通报");

    private final String zh;

    Rung(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Rung of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
