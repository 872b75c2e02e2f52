package org.stocktake.evaluation;

/** The SDSN SDG dashboard colours, best first. */
public enum TrafficLight {
    /** Target reached or nearly (at or beyond the green threshold). */
    GREEN,
    /** Challenges remain: between the green threshold and the midpoint of green and red. */
    YELLOW,
    /** Significant challenges: between that midpoint and the red threshold. */
    ORANGE,
    /** Major challenges: short of the red threshold. */
    RED
}
