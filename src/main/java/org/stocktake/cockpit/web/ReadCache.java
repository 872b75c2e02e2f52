package org.stocktake.cockpit.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The pages' read models, built once and kept until the data change: any event a Stocktake
 * module publishes ({@code PlanImported}, {@code VerdictsRecomputed}, future data events) empties
 * the cache after its transaction commits, and the next request builds afresh.
 */
@Component
class ReadCache {

    private static final Logger log = LoggerFactory.getLogger(ReadCache.class);

    private final Map<String, Object> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> build) {
        Object cached = entries.get(key);
        if (cached != null) {
            return (T) cached;
        }
        long before = generation.get();
        T built = build.get();
        synchronized (this) {
            if (generation.get() == before) {
                entries.put(key, built);
            }
        }
        return built;
    }

    /** Forgets every model; one being built from older data meanwhile is served once but not kept. */
    synchronized void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(Object event) {
        if (event.getClass().getName().startsWith("org.stocktake.")) {
            log.debug("data changed ({}): page read models will be rebuilt", event.getClass().getSimpleName());
            clear();
        }
    }
}
