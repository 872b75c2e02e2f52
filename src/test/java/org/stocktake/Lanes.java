package org.stocktake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Requests of a test sent several at a time: the jobs a test hands over run on a few threads, and all must end. */
public final class Lanes {

    private Lanes() {}

    /** Runs every job the caller submits on {@code threads} threads and waits (at most 10 minutes) for all of them. */
    public static void inParallel(int threads, Consumer<Consumer<Runnable>> jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            jobs.accept(pool::execute);
        } finally {
            pool.shutdown();
        }
        try {
            assertThat(pool.awaitTermination(10, TimeUnit.MINUTES))
                    .as("every request answered in time")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
