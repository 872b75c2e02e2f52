package org.stocktake.assessment;

/** How a target value binds: 以上/达到 (at least), 以内 (at most), or reached from the baseline side (equal). */
public enum Comparison {
    AT_LEAST,
    AT_MOST,
    EQUAL
}
