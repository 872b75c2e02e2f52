package org.stocktake.verdicts;

import java.util.HashSet;
import java.util.Set;

/**
 * Runs the recomputes of one plan one at a time and folds the requests that arrive meanwhile into
 * one more run: a transaction that turns many task lights announces each, and every announcement
 * asks for the same whole-plan recompute. A request that finds a run in progress returns at once,
 * its work left to the run in progress, which goes round again before it ends; if that run
 * fails, its own listener stays incomplete in the publication registry and is delivered again.
 */
final class PlanRecomputes {

    private final Set<String> running = new HashSet<>();
    private final Set<String> requested = new HashSet<>();

    /** Runs {@code recompute} for the plan now, or leaves it to the run in progress. */
    void request(String plan, Runnable recompute) {
        synchronized (this) {
            if (!running.add(plan)) {
                requested.add(plan);
                return;
            }
        }
        boolean again = true;
        try {
            while (again) {
                recompute.run();
                synchronized (this) {
                    again = requested.remove(plan);
                    if (!again) {
                        running.remove(plan);
                    }
                }
            }
        } finally {
            if (again) {
                synchronized (this) {
                    running.remove(plan);
                }
            }
        }
    }
}
