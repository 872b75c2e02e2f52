package org.stocktake.supervision;

import java.util.Locale;

/** Where a task stands: waiting for a lead unit, in progress, completion claimed, closed out. */
public enum TaskStatus {
    UNASSIGNED("待分配"), IN_PROGRESS("推进中"), CLAIMED("已申报完成"), CLOSED("已销号");

    private final String zh;

    TaskStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
