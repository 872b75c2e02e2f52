package org.stocktake.assessment;

/** The warning light of a task linked to a qualitative target: closed out, on track, warned, overdue. */
public enum TaskLight {
    BLUE,
    GREEN,
    YELLOW,
    RED
}
