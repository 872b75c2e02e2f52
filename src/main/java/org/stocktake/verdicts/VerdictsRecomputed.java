package org.stocktake.verdicts;

/** Published when a plan's verdicts were recomputed and stored (after the transaction commits). */
public record VerdictsRecomputed(String plan, int snapshots) {}
