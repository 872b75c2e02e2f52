package org.stocktake;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for the platform's module listeners: they run after the commit, on other threads, and
 * each stays in the event publication registry as an incomplete publication until it has finished
 * (a listener that causes new events adds their publications before it completes). A test that
 * changes data and then reads what listeners derive from it (verdicts, the cockpit) waits here.
 */
public final class Publications {

    private static final String INCOMPLETE = """
            select listener_id from event_publication where completion_date is null order by publication_date
            """;

    private Publications() {}

    /** Returns once no publication is incomplete; fails, naming the listeners, after two minutes. */
    public static void awaitCompletion(JdbcClient jdbc) {
        awaitCompletion(jdbc, Duration.ofMinutes(2));
    }

    public static void awaitCompletion(JdbcClient jdbc, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> waiting = incomplete(jdbc);
        while (!waiting.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("listeners still working after " + timeout + ": " + waiting);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + waiting, e);
            }
            waiting = incomplete(jdbc);
        }
    }

    /** The listeners of the publications not yet completed. */
    public static List<String> incomplete(JdbcClient jdbc) {
        return jdbc.sql(INCOMPLETE).query(String.class).list();
    }
}
