package org.stocktake.verdicts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the recomputes of one plan one at a time and folds the requests that arrive meanwhile into
 * one more run covering all of them: a transaction that turns many task lights announces each.
 * A request that finds a run in progress returns at once, its work left to the run in progress,
 * which goes round again before it ends; if that run fails, its own listener stays incomplete in
 * the publication registry and is delivered again.
 */
final class PlanRecomputes {

    private final Set<String> running = new HashSet<>();
    private final Map<String, Work> requested = new HashMap<>();

    /** Runs {@code recompute} for the plan now, or leaves the work to the run in progress. */
    void request(String plan, Work work, Consumer<Work> recompute) {
        synchronized (this) {
            if (!running.add(plan)) {
                requested.merge(plan, work, Work::merge);
                return;
            }
        }
        Work next = work;
        try {
            while (next != null) {
                recompute.accept(next);
                synchronized (this) {
                    next = requested.remove(plan);
                    if (next == null) {
                        running.remove(plan);
                    }
                }
            }
        } finally {
            if (next != null) {
                synchronized (this) {
                    running.remove(plan);
                }
            }
        }
    }
}
